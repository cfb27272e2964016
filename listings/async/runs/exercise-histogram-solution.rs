#[path = "executor.rs"]
mod executor;

async fn distinct_bytes(data: Vec<u8>) -> usize {
    let distinct = {
        let mut counts = [0u32; 256];
        for byte in data {
            counts[usize::from(byte)] += 1;
        }
        counts.iter().filter(|&&count| count > 0).count()
    }; // counts and data are gone before the await
    executor::yield_now().await;
    distinct
}

fn main() {
    let data: Vec<u8> = (0..2048).map(|i| (i % 10) as u8).collect();
    let task = distinct_bytes(data);
    println!("the future: {} bytes", std::mem::size_of_val(&task));
    println!("{} distinct bytes", executor::block_on(task));
}
