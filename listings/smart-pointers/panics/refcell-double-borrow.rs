use std::cell::RefCell;

fn main() {
    let shelf = RefCell::new(vec![String::from("dune")]);

    let first = shelf.borrow(); // shared borrow, alive until end of main
    eprintln!("first book: {}", first[0]);

    // This compiles: the conflict is only found when the line runs.
    shelf.borrow_mut().push(String::from("emma"));
    eprintln!("never printed");
}
