use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let total = Arc::new(Mutex::new(0u64));

    let mut workers = Vec::new();
    for _ in 0..4 {
        let total = Arc::clone(&total);
        workers.push(thread::spawn(move || {
            for _ in 0..1000 {
                // lock blocks until no other thread holds the guard.
                let mut guard = total.lock().unwrap();
                *guard += 1;
            } // each guard is dropped at the end of its iteration: unlock
        }));
    }
    for worker in workers {
        worker.join().unwrap();
    }
    println!("total: {}", *total.lock().unwrap());
}
