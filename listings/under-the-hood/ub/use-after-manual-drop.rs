use std::mem::ManuallyDrop;

fn main() {
    let mut score = ManuallyDrop::new(Box::new(42));
    // SAFETY: `score` is dropped here, once.
    unsafe { ManuallyDrop::drop(&mut score) };

    // A bug: `score` still holds the Box's pointer, and `Deref` still
    // reaches it, but the heap block it points to has been freed.
    let value = **score;
    println!("{value}");
}
