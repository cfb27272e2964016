use std::cell::UnsafeCell;

/// A `Cell` for `Copy` values, in a dozen lines.
struct Slot<T: Copy> {
    value: UnsafeCell<T>,
}

impl<T: Copy> Slot<T> {
    fn new(value: T) -> Self {
        Slot {
            value: UnsafeCell::new(value),
        }
    }
    fn get(&self) -> T {
        // SAFETY: `Slot` is not `Sync`, so no other thread can write at
        // the same time, and it never hands out a reference to the inside,
        // so no reference can see the value change under it.
        unsafe { *self.value.get() }
    }
    fn set(&self, value: T) {
        // SAFETY: as in `get`; the write ends before `set` returns.
        unsafe { *self.value.get() = value }
    }
}

fn main() {
    let hits = Slot::new(0u32);
    let (a, b) = (&hits, &hits); // two shared references, both used
    a.set(a.get() + 1);
    b.set(b.get() + 10);
    println!("hits = {}", hits.get());
    println!("Slot<u32>: {} bytes", size_of::<Slot<u32>>());
    let bare = size_of::<Option<&u32>>();
    let celled = size_of::<Option<Slot<&u32>>>();
    println!("Option<&u32>: {bare} bytes, in a Slot: {celled} bytes");
}
