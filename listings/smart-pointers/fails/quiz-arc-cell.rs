use std::cell::Cell;
use std::sync::Arc;
use std::thread;

fn main() {
    let hits = Arc::new(Cell::new(0));
    let for_thread = Arc::clone(&hits);
    let worker = thread::spawn(move || for_thread.set(for_thread.get() + 1));
    worker.join().unwrap();
    println!("{} hits", hits.get());
}
