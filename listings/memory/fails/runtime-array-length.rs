fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n = args.len() * 1000; // known only when the program runs

    let buffer = [0u8; n];
    println!("{} bytes", buffer.len());
}
