fn main() {
    let mut lengths = vec![3, 1];
    // `push` takes `&mut lengths`, and the argument reads `lengths`.
    lengths.push(lengths.len());
    lengths.push(lengths[0] + lengths[1]);
    println!("{lengths:?}");
}
