use std::thread;

fn main() {
    let mut total = 0;
    thread::scope(|s| {
        s.spawn(|| total += 1); // this closure borrows `total` mutably
        s.spawn(|| total += 2); // and so would this one, at the same time
    });
    println!("{total}");
}
