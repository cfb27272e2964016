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
    fn replace(&self, value: T) -> T {
        // SAFETY: as in the solution, if no reference into the slot
        // exists outside a method call. `get_ref` breaks that.
        unsafe { mem::replace(&mut *self.value.get(), value) }
    }
    /// The method that looks harmless: it only reads.
    fn get_ref(&self) -> &T {
        // SAFETY: none. The `&T` outlives this call, so a later
        // `replace` changes memory it points to.
        unsafe { &*self.value.get() }
    }
}

fn main() {
    let status = Slot::new(String::from("idle"));
    let shown: &str = status.get_ref();
    drop(status.replace(String::from("busy")));
    let first = shown.as_bytes()[0]; // a read through the old `&str`
    println!("first byte: {first}");
}
