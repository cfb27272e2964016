use std::thread;

fn main() {
    let words = ["many", "readers", "or", "one", "writer"];

    let letters = thread::scope(|s| {
        // Each thread only reads `words` and returns its own count.
        let front = s.spawn(|| words[..2].concat().len());
        let back = s.spawn(|| words[2..].concat().len());
        front.join().unwrap() + back.join().unwrap()
    });

    println!("{letters} letters");
}
