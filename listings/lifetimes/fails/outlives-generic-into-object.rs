use std::fmt::Debug;

// Boxes any value as a trait object that may hold borrows for `'a`.
fn boxed<'a, T: Debug>(value: T) -> Box<dyn Debug + 'a> {
    Box::new(value)
}

// A struct that points at data living for the whole program.
struct Defaults<T> {
    value: &'static T,
}

static LIMIT: u32 = 10;

fn main() {
    let name = String::from("Ferris");
    let items = [boxed(7), boxed(&name)];
    println!("{items:?}");
    let defaults = Defaults { value: &LIMIT };
    println!("limit {}", defaults.value);
}
