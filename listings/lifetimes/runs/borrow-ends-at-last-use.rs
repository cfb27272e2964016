fn main() {
    let mut notes = String::from("lifetimes");
    let first = &notes[..4]; // the borrow of `notes` starts here
    println!("first four bytes: {first}"); // ...and its last use is here

    // `first` is still in scope, but its borrow is over, so `notes`
    // may be changed again.
    notes.push_str(" are checked");
    println!("{notes}");
}
