fn main() {
    let mut stack = vec![1, 2, 3];

    // Move the top element to the bottom... in one line.
    stack.insert(0, stack.pop().unwrap());

    println!("{stack:?}");
}
