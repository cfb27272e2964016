use std::cell::Cell;
use std::thread;

fn main() {
    // No `&mut` anywhere: both threads use a shared reference.
    let hits = Cell::new(0);
    thread::scope(|s| {
        s.spawn(|| hits.set(hits.get() + 1));
        hits.set(hits.get() + 1);
    });
    println!("{}", hits.get());
}
