use std::sync::Mutex;

fn total(readings: Vec<u32>) -> u32 {
    let shared = Mutex::new(readings);
    // The guard from `lock()` is a temporary in the tail expression.
    // In edition 2024 it is dropped before `shared`, so this compiles.
    shared.lock().unwrap().iter().sum()
}

fn main() {
    println!("{}", total(vec![3, 4, 5]));
}
