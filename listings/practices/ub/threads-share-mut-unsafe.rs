use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::thread;

// A raw pointer is neither `Send` nor `Sync`. This wrapper claims that
// it may be shared between threads anyway: the lie that compiles.
struct Shared(*mut i32);
unsafe impl Sync for Shared {}
impl Shared {
    fn get(&self) -> *mut i32 {
        self.0
    }
}

fn main() {
    let mut total = 0;
    let total_ptr = Shared(&raw mut total);
    let added = AtomicBool::new(false);
    thread::scope(|s| {
        s.spawn(|| {
            unsafe { *total_ptr.get() += 1 }; // a write, no lock
            added.store(true, Relaxed);
        });
        // Wait until the other thread has written. A `Relaxed` flag
        // tells when, but it orders no other access to memory.
        while !added.load(Relaxed) {
            thread::yield_now();
        }
        unsafe { *total_ptr.get() += 2 }; // another write, unordered
    });
    println!("{total}");
}
