#[path = "executor.rs"]
mod executor;

use std::pin::pin;
use std::task::{Context, Waker};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

async fn upload(file: Noisy) {
    let buffer = Noisy("buffer");
    println!("  {} and {} ready, waiting", file.0, buffer.0);
    executor::yield_now().await;
    println!("  upload finished"); // only if polled again
}

fn main() {
    println!("never polled:");
    drop(upload(Noisy("file a")));

    println!("polled once:");
    {
        let mut cx = Context::from_waker(Waker::noop());
        let mut task = pin!(upload(Noisy("file b")));
        println!("  poll: {:?}", task.as_mut().poll(&mut cx));
        println!("  giving up");
    } // the future is dropped here, suspended at its await

    println!("run to the end:");
    executor::block_on(upload(Noisy("file c")));
}
