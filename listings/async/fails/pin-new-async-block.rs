#[path = "../runs/executor.rs"]
mod executor;

use std::pin::Pin;
use std::task::{Context, Waker};

fn main() {
    let mut cx = Context::from_waker(Waker::noop());
    let mut steps = async {
        executor::yield_now().await;
        2
    };
    let pinned = Pin::new(&mut steps);
    println!("{:?}", pinned.poll(&mut cx));
}
