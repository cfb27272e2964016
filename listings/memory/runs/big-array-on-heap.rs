use std::mem::size_of_val;

const LEN: usize = 16 << 20; // 16 MiB (1 MiB is 1 << 20 bytes)

fn main() {
    // vec! asks the allocator for LEN zeroed bytes: no value of that size
    // is ever built in a stack frame.
    let bytes: Box<[u8]> = vec![0u8; LEN].into_boxed_slice();

    // The same heap block, now typed as a fixed-size array. The conversion
    // checks the length and keeps the pointer: no byte is copied.
    let mut table: Box<[u8; LEN]> = bytes.try_into().unwrap();
    table[LEN - 1] = 7;

    println!("the Box in main's frame: {} bytes", size_of_val(&table));
    println!("its heap block: {} MiB", size_of_val(&*table) >> 20);
    println!("last byte: {}", table[LEN - 1]);
}
