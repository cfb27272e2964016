use std::cell::{Ref, RefCell};

// Ends a guard early. The bound asks for a type that implements `Drop`.
fn release<G: Drop>(guard: G) {
    drop(guard);
}

fn main() {
    let shelf = RefCell::new(vec!["dune"]);
    let reader: Ref<'_, Vec<&str>> = shelf.borrow();
    release(reader);
}
