use std::future::ready;
use std::pin::Pin;
use std::task::{Context, Waker};

fn main() {
    let mut cx = Context::from_waker(Waker::noop());
    let mut answer = ready(42);
    let polled = Pin::new(&mut answer).poll(&mut cx);
    let moved = vec![answer]; // moves the future after it was polled
    println!("{polled:?}, {} future moved", moved.len());
}
