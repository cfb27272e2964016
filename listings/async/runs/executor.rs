// A small executor, standard library only. Each listing of the chapter uses
// part of it, so the parts a listing leaves unused are not dead code.
#![allow(dead_code)]

use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

// Waking a task unparks the thread that is blocked polling it.
struct ThreadWaker(Thread);

impl Wake for ThreadWaker {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

// Polls `future` on this thread until it is ready, sleeping between polls.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let waker = Waker::from(Arc::new(ThreadWaker(thread::current())));
    let mut cx = Context::from_waker(&waker);
    loop {
        match future.as_mut().poll(&mut cx) {
            Poll::Ready(output) => return output,
            Poll::Pending => thread::park(),
        }
    }
}

pub struct JoinHandle<T>(thread::JoinHandle<T>);

impl<T> JoinHandle<T> {
    // Waits for the task and returns its output.
    pub fn join(self) -> T {
        self.0.join().expect("the task panicked")
    }
}

// Runs the task on a thread of its own: the future moves to that thread.
pub fn spawn<F>(future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    JoinHandle(thread::spawn(move || block_on(future)))
}

// Returns Pending once, after asking to be polled again.
pub fn yield_now() -> impl Future<Output = ()> {
    let mut yielded = false;
    std::future::poll_fn(move |cx| {
        if yielded {
            return Poll::Ready(());
        }
        yielded = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    })
}

// Polls two futures in turn, on one thread, until both are ready.
pub async fn join<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let (mut a, mut b) = (pin!(a), pin!(b));
    let (mut out_a, mut out_b) = (None, None);
    std::future::poll_fn(|cx| {
        if out_a.is_none()
            && let Poll::Ready(value) = a.as_mut().poll(cx)
        {
            out_a = Some(value);
        }
        if out_b.is_none()
            && let Poll::Ready(value) = b.as_mut().poll(cx)
        {
            out_b = Some(value);
        }
        if out_a.is_some() && out_b.is_some() {
            Poll::Ready((out_a.take().unwrap(), out_b.take().unwrap()))
        } else {
            Poll::Pending
        }
    })
    .await
}

// Run on its own, the module is a program that tries each part once.
fn main() {
    let answer = block_on(async {
        yield_now().await;
        6 * 7
    });
    let task = spawn(async { "hello from a task" });
    let both = block_on(join(async { 1 }, async { 2 }));
    println!("block_on: {answer}");
    println!("spawn: {}", task.join());
    println!("join: {both:?}");
}
