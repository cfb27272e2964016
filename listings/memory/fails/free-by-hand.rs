fn main() {
    let mut scores = Vec::with_capacity(1000);
    scores.push(87);
    println!("{scores:?}");

    scores.drop(); // try to give the heap block back right now
    println!("the block is freed");
}
