// A copy taken before a mutable borrow, and a write through the borrow.
fn main() {
    let mut level = 3;
    let before = level;
    let raise = &mut level;
    *raise += 1;
    println!("before = {before}, level = {level}");
}
