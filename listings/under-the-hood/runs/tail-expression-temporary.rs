use std::cell::RefCell;

fn label_len() -> usize {
    let label = RefCell::new(String::from("under the hood"));
    // The `Ref` guard is a temporary in the tail expression. In
    // edition 2024 it is dropped before `label`, so this compiles.
    label.borrow().len()
}

fn main() {
    println!("{}", label_len());
}
