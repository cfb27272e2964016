use std::sync::Arc;
use std::thread;

fn main() {
    let words = Arc::new(vec!["apple", "banana", "cherry", "damson"]);

    // One Arc per thread: each clone adds 1 to the atomic strong count.
    let handles: Vec<_> = (0..2).map(|_| Arc::clone(&words)).collect();
    println!("strong before spawning: {}", Arc::strong_count(&words));

    let mut workers = Vec::new();
    for (start, words) in handles.into_iter().enumerate() {
        // `move`: the closure, and so the new thread, owns this Arc.
        workers.push(thread::spawn(move || {
            // Thread `start` counts the letters of every other word.
            let mine = words.iter().skip(start).step_by(2);
            mine.map(|w| w.len()).sum::<usize>()
        }));
    }

    // Join in spawn order, so the output does not depend on timing.
    for (i, worker) in workers.into_iter().enumerate() {
        println!("thread {i} counted {} letters", worker.join().unwrap());
    }
    // Each thread dropped its Arc when its closure returned.
    println!("strong after join: {}", Arc::strong_count(&words));
}
