fn release(buffer: Vec<u8>) {
    println!("freeing {} bytes", buffer.len());
} // `buffer` is dropped here, and its block freed

fn main() {
    let packet = vec![0u8; 64];
    release(packet);
    release(packet); // a second free of the same block?
}
