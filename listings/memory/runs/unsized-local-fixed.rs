fn main() {
    let greeting: &str = "hello";
    let text: &str = greeting; // copy the 16-byte pointer, not the bytes
    let owned: Box<str> = Box::from(greeting); // or copy them to the heap
    println!("{} {}", text.len(), owned.len());
}
