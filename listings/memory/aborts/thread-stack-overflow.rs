use std::thread;

// The same recursion as the thread with the larger stack.
fn count_bytes(depth: u32) -> usize {
    let scratch = [1u8; 1024];
    let mut total = if depth > 1 { count_bytes(depth - 1) } else { 0 };
    for byte in &scratch {
        total += usize::from(*byte);
    }
    total
}

fn main() {
    // No `.stack_size(...)`: the thread gets the default 2 MiB.
    let handle = thread::Builder::new()
        .name("deep".to_string())
        .spawn(|| count_bytes(4_000))
        .unwrap();
    let total = handle.join().unwrap();
    println!("4000 frames held {total} bytes of arrays");
}
