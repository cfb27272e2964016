use std::thread;

fn main() {
    let words = ["many", "readers", "or", "one", "writer"];
    let mut letters = 0;

    thread::scope(|s| {
        s.spawn(|| letters += words[..2].concat().len());
        s.spawn(|| letters += words[2..].concat().len());
    });

    println!("{letters} letters");
}
