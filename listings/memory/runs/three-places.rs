static GREETING: &str = "hello"; // the &str and its bytes: static memory

fn main() {
    let count: u32 = 3; // four bytes in main's stack frame
    let name = String::from("Ferris"); // 24 bytes on the stack, 6 on the heap
    let numbers = vec![1, 2, 3]; // 24 bytes on the stack, 12 on the heap

    println!("{GREETING}, {name}!");
    println!("{count} numbers: {numbers:?}");
} // numbers and name are dropped here, which frees their heap blocks
