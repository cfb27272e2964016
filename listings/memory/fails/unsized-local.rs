fn main() {
    let greeting: &str = "hello";
    let text: str = *greeting; // copy the bytes themselves into the frame?
    println!("{}", text.len());
}
