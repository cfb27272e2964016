fn main() {
    let mut stack = vec![1, 2, 3];

    let top = stack.pop().unwrap(); // first mutable borrow, ends here
    stack.insert(0, top); // second mutable borrow

    println!("{stack:?}");
}
