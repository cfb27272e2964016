fn main() {
    let mut line = String::with_capacity(32);
    let block = line.as_ptr();
    for word in ["alpha", "beta", "gamma"] {
        line.clear();
        line.push_str(word);
        println!("{line}: same block: {}", line.as_ptr() == block);
    }
    println!("room for 32 bytes: {}", line.capacity() >= 32);
}
