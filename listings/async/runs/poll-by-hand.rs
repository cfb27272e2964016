#[path = "executor.rs"]
mod executor;

use std::pin::{Pin, pin};
use std::task::{Context, Waker};

async fn two_steps(name: &str) -> String {
    executor::yield_now().await;
    format!("{name} done")
}

fn main() {
    let mut cx = Context::from_waker(Waker::noop());

    let mut on_stack = pin!(two_steps("stack")); // Pin<&mut {future}>
    println!("{:?}", on_stack.as_mut().poll(&mut cx));
    println!("{:?}", on_stack.as_mut().poll(&mut cx));

    let mut on_heap = Box::pin(two_steps("heap")); // Pin<Box<{future}>>
    println!("{:?}", on_heap.as_mut().poll(&mut cx));
    let moved = on_heap; // moves the Box, not the future
    println!("{:?}", executor::block_on(moved));

    let mut ready = std::future::ready(7); // Unpin: no pinning needed
    println!("{:?}", Pin::new(&mut ready).poll(&mut cx));
}
