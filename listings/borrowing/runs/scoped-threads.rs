use std::thread;

fn main() {
    let readings = vec![4, 8, 15, 16, 23, 42];
    let mut log = String::new();

    thread::scope(|s| {
        // Two threads share `readings` through `&Vec<i32>`.
        let low = s.spawn(|| readings.iter().filter(|r| **r < 16).count());
        let high = s.spawn(|| readings.iter().filter(|r| **r >= 16).count());

        // One thread borrows `log` mutably; no other thread touches it.
        s.spawn(|| log.push_str("scanned"));

        let (low, high) = (low.join().unwrap(), high.join().unwrap());
        println!("low: {low}, high: {high}");
    }); // every thread spawned on `s` has finished here

    println!("{log}: {readings:?}");
}
