use std::mem::size_of_val;

fn main() {
    let big = vec![7u8; 1_000_000];
    let heap_before = big.as_ptr();
    println!("bytes in big's own slot: {}", size_of_val(&big));

    let moved = big; // copies the 24 bytes of the Vec, nothing else
    println!("bytes in moved's slot: {}", size_of_val(&moved));
    println!("elements: {}", moved.len());
    println!("same heap buffer: {}", moved.as_ptr() == heap_before);

    let array = [7u8; 1000];
    let copied = array; // an array is stored inline: 1000 bytes copied
    println!("bytes in copied's slot: {}", size_of_val(&copied));
}
