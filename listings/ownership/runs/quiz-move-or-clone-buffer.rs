// Does a move or a clone give the text a new heap buffer?
fn main() {
    let original = String::from("ledger");
    let buffer = original.as_ptr();

    let moved = original;
    println!("after the move, same buffer: {}", moved.as_ptr() == buffer);

    let cloned = moved.clone();
    println!(
        "after the clone, same buffer: {}",
        cloned.as_ptr() == buffer
    );
}
