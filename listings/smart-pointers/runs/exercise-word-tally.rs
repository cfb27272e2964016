use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let lines = ["the cat sat", "the dog sat", "a cat ran"];
    // BTreeMap keeps its keys sorted, so the output order is fixed.
    let tally = Arc::new(Mutex::new(BTreeMap::new()));

    let mut workers = Vec::new();
    for line in lines {
        let tally = Arc::clone(&tally);
        workers.push(thread::spawn(move || {
            for word in line.split_whitespace() {
                let mut map = tally.lock().unwrap();
                *map.entry(word).or_insert(0) += 1;
            }
        }));
    }
    for worker in workers {
        worker.join().unwrap();
    }

    // Every thread's Arc is gone: take the map out of the Arc and Mutex.
    let tally = Arc::into_inner(tally).unwrap().into_inner().unwrap();
    for (word, count) in &tally {
        println!("{word}: {count}");
    }
}
