fn main() {
    let mut score = 10;
    let before = score; // read through the owner before the borrow...
    let bonus = &mut score;
    *bonus += 5;
    let during = *bonus; // ...or through the reference while it is in use
    println!("{before} -> {during} -> {score}");
}
