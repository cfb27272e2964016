fn main() {
    let mut scores = vec![10, 20, 30];
    // `max()` returns `Option<&i32>`; `copied()` turns it into an
    // `Option<i32>`, so `best` is a number, not a borrow.
    let best = scores.iter().max().copied().unwrap();

    scores.push(40);
    println!("best before the push: {best}");
    println!("scores now: {scores:?}");
}
