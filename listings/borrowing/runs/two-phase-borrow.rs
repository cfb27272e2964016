fn main() {
    let mut lengths = vec![3, 1];

    // `&mut lengths` is taken first, but only activated when push runs,
    // after the argument `lengths.len()` has read the vector.
    lengths.push(lengths.len());
    println!("{lengths:?}");

    // Any argument that only reads works the same way.
    lengths.insert(lengths.len() / 2, lengths[0] * 10);
    println!("{lengths:?}");
}
