#[path = "executor.rs"]
mod executor;

async fn distinct_bytes(data: [u8; 2048]) -> usize {
    let mut counts = [0u32; 256];
    for byte in data {
        counts[usize::from(byte)] += 1;
    }
    executor::yield_now().await;
    counts.iter().filter(|&&count| count > 0).count()
}

fn main() {
    let mut data = [0u8; 2048];
    for (i, byte) in data.iter_mut().enumerate() {
        *byte = (i % 10) as u8;
    }
    let task = distinct_bytes(data);
    println!("the future: {} bytes", std::mem::size_of_val(&task));
    println!("{} distinct bytes", executor::block_on(task));
}
