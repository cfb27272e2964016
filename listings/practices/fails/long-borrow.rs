fn main() {
    let mut scores = vec![10, 20, 30];
    let best = scores.iter().max().unwrap(); // a borrow into the buffer

    scores.push(40); // may move the buffer to a bigger allocation
    println!("best before the push: {best}");
}
