use std::cell::UnsafeCell;
use std::mem;

struct Slot<T> {
    value: UnsafeCell<T>,
}

impl<T> Slot<T> {
    fn new(value: T) -> Self {
        Slot {
            value: UnsafeCell::new(value),
        }
    }
    /// Puts `value` in the slot and returns the old one. Works for any
    /// `T`, `Copy` or not, because no reference to the inside escapes.
    fn replace(&self, value: T) -> T {
        // SAFETY: `Slot` is not `Sync`, so no other thread is here; no
        // reference into the slot exists outside this call, so the
        // `&mut` made here is the only way to reach the value until
        // `mem::replace` returns.
        unsafe { mem::replace(&mut *self.value.get(), value) }
    }
}

fn main() {
    let status = Slot::new(String::from("idle"));
    let watcher = &status;
    let old = watcher.replace(String::from("busy"));
    let busy = status.replace(String::from("done"));
    println!("{old} -> {busy} -> {}", status.replace(String::new()));
}
