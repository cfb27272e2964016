#[path = "../runs/executor.rs"]
mod executor;

use std::cell::RefCell;

async fn append(log: &RefCell<Vec<String>>, line: &str) {
    let mut entries = log.borrow_mut();
    entries.push(line.to_string());
    executor::yield_now().await; // the RefMut is held across this await
    entries.push(format!("{line}, again"));
}

async fn count(log: &RefCell<Vec<String>>) -> usize {
    log.borrow().len()
}

fn main() {
    let log = RefCell::new(Vec::new());
    let both = executor::join(append(&log, "started"), count(&log));
    let ((), lines) = executor::block_on(both);
    eprintln!("{lines} lines");
}
