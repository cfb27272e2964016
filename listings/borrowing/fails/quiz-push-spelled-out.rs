// `lengths.push(lengths.len())`, written as a plain function call.
fn main() {
    let mut lengths: Vec<usize> = Vec::new();
    Vec::push(&mut lengths, lengths.len());
    println!("{lengths:?}");
}
