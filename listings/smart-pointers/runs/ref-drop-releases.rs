use std::cell::{Ref, RefCell};
use std::mem::needs_drop;

// No bound: any value can be moved in and dropped at the end.
fn release<G>(guard: G) {
    drop(guard);
}

fn can_write(shelf: &RefCell<Vec<&str>>) -> bool {
    shelf.try_borrow_mut().is_ok()
}

fn main() {
    // `Ref` has no `Drop` impl, but dropping it still runs code.
    println!("Ref needs drop: {}", needs_drop::<Ref<'_, Vec<&str>>>());

    let shelf = RefCell::new(vec!["dune"]);
    let reader = shelf.borrow();
    println!("while reader lives, can write: {}", can_write(&shelf));
    release(reader);
    println!("after release, can write: {}", can_write(&shelf));
}
