// A small executor, standard library only. Each listing of the chapter uses
// part of it, so the parts a listing leaves unused are not dead code.
#![allow(dead_code)]

use std::pin::pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

// The waker of a `block_on` call: a flag that says a poll is due, and the
// thread to unpark so that it sees the flag.
struct Alarm {
    due: AtomicBool,
    sleeper: Thread,
}

impl Wake for Alarm {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.due.store(true, Ordering::Release);
        self.sleeper.unpark();
    }
}

// Polls `future` on this thread until it is ready: once at the start, then
// once after each wake, sleeping in between.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let alarm = Arc::new(Alarm {
        due: AtomicBool::new(true),
        sleeper: thread::current(),
    });
    let waker = Waker::from(Arc::clone(&alarm));
    let mut cx = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        // `park` may also return with no wake at all; the flag tells.
        while !alarm.due.swap(false, Ordering::Acquire) {
            thread::park();
        }
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
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
