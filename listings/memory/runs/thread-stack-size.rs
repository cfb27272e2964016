use std::thread;

// Each call keeps a 1 KiB array in its frame until the call below it
// returns, so `depth` nested calls need more than `depth` KiB of stack.
fn count_bytes(depth: u32) -> usize {
    let scratch = [1u8; 1024];
    let mut total = if depth > 1 { count_bytes(depth - 1) } else { 0 };
    for byte in &scratch {
        total += usize::from(*byte);
    }
    total
}

fn main() {
    // 4,000 nested calls need over 4,000 KiB: about twice the 2 MiB that a
    // spawned thread gets by default. Ask for 16 MiB instead.
    let handle = thread::Builder::new()
        .name("deep".to_string())
        .stack_size(16 * 1024 * 1024)
        .spawn(|| count_bytes(4_000))
        .unwrap();
    let total = handle.join().unwrap();
    println!("4000 frames held {total} bytes of arrays");
}
