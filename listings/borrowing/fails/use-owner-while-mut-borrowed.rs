fn main() {
    let mut score = 10;
    let bonus = &mut score; // a mutable borrow of `score` starts here
    let before = score; // reads `score` through its owner
    *bonus += 5; // the mutable borrow is still in use here
    println!("{before} -> {score}");
}
