#[path = "../runs/executor.rs"]
mod executor;

use std::pin::pin;

async fn count_to(n: u32) -> u32 {
    executor::yield_now().await;
    n
}

fn main() {
    let sooner = pin!(count_to(1));
    let later = pin!(count_to(2));
    // Exchange the two futures' bytes, as if each had been moved.
    std::mem::swap(&mut *sooner, &mut *later);
    let (a, b) = (executor::block_on(sooner), executor::block_on(later));
    println!("{a} {b}");
}
