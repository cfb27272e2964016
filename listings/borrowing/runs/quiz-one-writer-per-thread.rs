// Two threads, each with a mutable borrow of its own counter.
use std::thread;

fn main() {
    let numbers = [3, 8, 5, 12, 7];
    let mut evens = 0;
    let mut odds = 0;

    thread::scope(|s| {
        s.spawn(|| {
            for n in &numbers {
                if n % 2 == 0 {
                    evens += 1;
                }
            }
        });
        s.spawn(|| {
            for n in &numbers {
                if n % 2 == 1 {
                    odds += 1;
                }
            }
        });
    });

    println!("{evens} even, {odds} odd");
}
