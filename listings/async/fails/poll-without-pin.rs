#[path = "../runs/executor.rs"]
mod executor;

use std::task::{Context, Poll, Waker};

async fn two_steps() -> u32 {
    executor::yield_now().await;
    2
}

fn main() {
    let mut cx = Context::from_waker(Waker::noop());
    let steps = two_steps();
    let first: Poll<u32> = steps.poll(&mut cx);
    println!("{first:?}");
}
