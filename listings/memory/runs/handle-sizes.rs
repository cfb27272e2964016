use std::mem::size_of;

fn main() {
    let word = size_of::<usize>();
    println!("one machine word: {word} bytes");

    // The part that lives where the variable lives, whatever it holds:
    println!("String:   {} bytes", size_of::<String>());
    println!("Vec<u8>:  {} bytes", size_of::<Vec<u8>>());
    println!("Vec<u64>: {} bytes", size_of::<Vec<u64>>());
    println!("Box<u64>: {} bytes", size_of::<Box<u64>>());
    println!("Box<[u64; 1000]>: {} bytes", size_of::<Box<[u64; 1000]>>());

    // The heap block is a separate thing, sized at run time:
    let mut names = Vec::with_capacity(10);
    names.push(String::from("Ferris"));
    println!("names: len {}, capacity {}", names.len(), names.capacity());
    let first = &names[0];
    println!("first: len {}, capacity {}", first.len(), first.capacity());
}
