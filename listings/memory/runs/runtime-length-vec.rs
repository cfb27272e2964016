fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n = args.len() * 1000; // known only when the program runs

    let buffer = vec![0u8; n]; // the n bytes live on the heap
    println!("{} bytes", buffer.len());
}
