use std::mem::size_of;

fn main() {
    // A kilobyte of readings: on the stack, this array takes 1024 bytes.
    let readings = [7u8; 1024];

    // Box::new asks the allocator for 1024 bytes and copies the array
    // there. The box itself, on the stack, is one pointer wide.
    let boxed: Box<[u8; 1024]> = Box::new(readings);

    println!("array on the stack: {} bytes", size_of::<[u8; 1024]>());
    println!("Box on the stack:   {} bytes", size_of::<Box<[u8; 1024]>>());

    // `*boxed` is the array on the heap; indexing goes through the box.
    println!("first reading: {}", boxed[0]);
    println!("sum: {}", boxed.iter().map(|&r| u32::from(r)).sum::<u32>());

    let mut counter = Box::new(41);
    *counter += 1; // write through the pointer
    println!("counter: {counter}");
} // counter, then boxed, are dropped: each frees its heap block
