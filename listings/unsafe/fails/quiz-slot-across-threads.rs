use std::cell::UnsafeCell;
use std::thread;

struct Slot(UnsafeCell<u32>);

impl Slot {
    fn add(&self, n: u32) {
        // SAFETY: claimed: each call's write ends before it returns.
        unsafe { *self.0.get() += n }
    }
}

fn main() {
    let total = Slot(UnsafeCell::new(0));
    thread::scope(|s| {
        s.spawn(|| total.add(1));
        s.spawn(|| total.add(2));
    });
    println!("{}", total.0.into_inner());
}
