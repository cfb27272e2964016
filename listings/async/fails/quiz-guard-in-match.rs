#[path = "../runs/executor.rs"]
mod executor;

use std::sync::{Arc, Mutex};

async fn bump(hits: Arc<Mutex<u32>>) {
    match *hits.lock().unwrap() {
        0 => executor::yield_now().await, // the first hit waits a turn
        _ => {}
    }
    *hits.lock().unwrap() += 1;
}

fn main() {
    let hits = Arc::new(Mutex::new(0));
    executor::spawn(bump(Arc::clone(&hits))).join();
    println!("{} hit", hits.lock().unwrap());
}
