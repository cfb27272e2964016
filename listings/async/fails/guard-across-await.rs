#[path = "../runs/executor.rs"]
mod executor;

use std::sync::{Arc, Mutex};

async fn record(log: Arc<Mutex<Vec<String>>>, line: &'static str) {
    let mut entries = log.lock().unwrap();
    entries.push(line.to_string());
    executor::yield_now().await; // the guard is still alive here
    entries.push(format!("{line}, again"));
}

fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let task = executor::spawn(record(Arc::clone(&log), "started"));
    task.join();
    println!("{:?}", log.lock().unwrap());
}
