#[path = "../runs/executor.rs"]
mod executor;

use std::pin::pin;

async fn count_to(n: u32) -> u32 {
    executor::yield_now().await;
    n
}

fn main() {
    let next = pin!(count_to(1));
    // Put a new future where the pinned one is, by plain assignment.
    *next = count_to(2);
    println!("{}", executor::block_on(next));
}
