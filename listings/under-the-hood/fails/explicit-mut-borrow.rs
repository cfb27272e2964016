fn main() {
    let mut lengths = vec![3, 1];
    let handle = &mut lengths;
    handle.push(lengths.len());
    println!("{lengths:?}");
}
