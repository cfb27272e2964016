#[path = "executor.rs"]
mod executor;

use std::sync::{Arc, Mutex};

async fn record(log: Arc<Mutex<Vec<String>>>, line: &'static str) {
    log.lock().unwrap().push(line.to_string()); // guard dropped at the `;`
    executor::yield_now().await;
    {
        let mut entries = log.lock().unwrap();
        entries.push(format!("{line}, again"));
    } // guard dropped here
}

fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let tasks = [
        executor::spawn(record(Arc::clone(&log), "first")),
        executor::spawn(record(Arc::clone(&log), "second")),
    ];
    for task in tasks {
        task.join();
    }
    println!("{} lines logged", log.lock().unwrap().len());
}
