use std::cell::Cell;

// Only a shared reference to the cell is taken.
fn relabel<'a>(slot: &Cell<&'a str>, text: &'a str) {
    slot.set(text);
}

fn main() {
    let title: Cell<&'static str> = Cell::new("untitled");
    let typed = String::from("report");
    relabel(&title, &typed);
    println!("{}", title.get());
}
