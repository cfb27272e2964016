use std::ptr;

fn main() {
    let original = String::from("ledger");
    // SAFETY: claimed: `ptr::read` moves the string out of `original`.
    let copy = unsafe { ptr::read(&original) };
    println!("{copy} / {original}");
}
