fn main() {
    let mut scores = Vec::with_capacity(1000);
    scores.push(87);
    println!("{scores:?}");

    drop(scores); // moves the Vec into drop, which frees the block
    println!("the block is freed");
}
