use std::sync::atomic::{AtomicU32, Ordering};

// Writable static memory, changed through the atomic's methods.
static VISITS: AtomicU32 = AtomicU32::new(0);

fn visit() {
    VISITS.fetch_add(1, Ordering::Relaxed);
}

fn main() {
    visit();
    visit();
    println!("{} visits", VISITS.load(Ordering::Relaxed));
}
