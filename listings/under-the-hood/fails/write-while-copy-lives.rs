fn main() {
    let mut level = 3;
    let r = &level; // loan L0 of `level`
    let s = r; // the reference is copied: L0 flows into `s`
    level += 1; // `r` is never used again, but `s` still is
    println!("s = {s}"); // last use of `s`, and so of L0
    println!("level = {level}");
}
