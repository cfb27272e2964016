fn main() {
    let mut scores = vec![70, 85];
    // SAFETY: indices 0 and 1 are in bounds, and they differ.
    unsafe {
        let first = scores.get_unchecked_mut(0);
        let second = scores.get_unchecked_mut(1);
        *first += 5;
        *second += 5;
    }
    println!("{scores:?}");
}
