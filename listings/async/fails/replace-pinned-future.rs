#[path = "../runs/executor.rs"]
mod executor;

use std::pin::pin;

async fn count_to(n: u32) -> u32 {
    executor::yield_now().await;
    n
}

fn main() {
    let first = pin!(count_to(1));
    let old = std::mem::replace(&mut *first, count_to(2));
    println!("{} {}", executor::block_on(first), executor::block_on(old));
}
