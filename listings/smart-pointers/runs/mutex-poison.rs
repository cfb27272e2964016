use std::panic;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    // Replace the default panic hook with one that prints nothing, so the
    // thread's panic message does not appear on stderr.
    panic::set_hook(Box::new(|_| {}));

    let ledger = Arc::new(Mutex::new(vec![100, -30]));

    let for_thread = Arc::clone(&ledger);
    let result = thread::spawn(move || {
        let mut entries = for_thread.lock().unwrap();
        entries.push(45);
        panic!("crashed halfway through an update");
    })
    .join();
    println!("thread panicked: {}", result.is_err());

    // The guard was dropped while the thread unwound: the lock is poisoned.
    println!("poisoned: {}", ledger.is_poisoned());
    match ledger.lock() {
        Ok(entries) => println!("entries: {entries:?}"),
        Err(poisoned) => {
            // The data is still there; you decide whether to trust it.
            let entries = poisoned.into_inner();
            println!("recovered entries: {entries:?}");
        }
    }
}
