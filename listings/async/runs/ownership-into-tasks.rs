#[path = "executor.rs"]
mod executor;

use std::sync::Arc;

fn main() {
    // Move a value in and get it back as the task's output.
    let mut words = vec!["pin", "poll"];
    let task = executor::spawn(async move {
        executor::yield_now().await;
        words.push("wake");
        words
    });
    let words = task.join();

    // Share one value between tasks: each task owns an Arc handle.
    let shared = Arc::new(words);
    let handles: Vec<_> = (0..2)
        .map(|i| {
            let shared = Arc::clone(&shared);
            executor::spawn(async move { shared[i].len() })
        })
        .collect();
    let lengths: Vec<usize> = handles.into_iter().map(|h| h.join()).collect();
    let count = Arc::strong_count(&shared);
    println!("{shared:?}: {lengths:?}; strong count now {count}");
}
