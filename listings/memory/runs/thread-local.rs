use std::cell::Cell;
use std::thread;

thread_local! {
    // One counter per thread, each starting at 0.
    static CALLS: Cell<u32> = const { Cell::new(0) };
}

fn record_call() -> u32 {
    CALLS.set(CALLS.get() + 1); // this thread's counter only
    CALLS.get()
}

fn main() {
    record_call();
    record_call();
    record_call();

    let worker = thread::spawn(|| {
        record_call();
        record_call() // the worker's counter: 2
    });
    let in_worker = worker.join().unwrap();

    println!("calls on the worker thread: {in_worker}");
    println!("calls on the main thread: {}", CALLS.get());
}
