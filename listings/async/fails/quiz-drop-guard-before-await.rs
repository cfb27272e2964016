#[path = "../runs/executor.rs"]
mod executor;

use std::sync::{Arc, Mutex};

async fn bump(hits: Arc<Mutex<u32>>) {
    let mut count = hits.lock().unwrap();
    *count += 1;
    drop(count); // unlocked before the await
    executor::yield_now().await;
}

fn main() {
    let hits = Arc::new(Mutex::new(0));
    executor::spawn(bump(Arc::clone(&hits))).join();
    println!("{} hit", hits.lock().unwrap());
}
