use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut workers = Vec::new();
    for id in 1..=3 {
        let log = Arc::clone(&log);
        workers.push(thread::spawn(move || {
            // One thread at a time holds the `&mut`.
            log.lock().unwrap().push(id);
        }));
    }
    for worker in workers {
        worker.join().unwrap();
    }
    println!("entries: {}", log.lock().unwrap().len());
    println!("handles: {}", Arc::strong_count(&log));
}
