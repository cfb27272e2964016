fn main() {
    let mut level = 3;
    let r = &level; // loan L0 of `level`
    let s = r; // the reference is copied: L0 flows into `s`
    println!("s = {s}"); // last use of `s`, and so of L0
    level += 1; // L0 is no longer live: allowed
    println!("level = {level}");
}
//@ mir: main
