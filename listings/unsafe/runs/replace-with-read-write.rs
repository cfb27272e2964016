use std::ptr::{self, NonNull};

// Put `new` in the place `slot` points to and hand back what was there,
// without ever leaving the place empty or dropping the old value.
unsafe fn swap_in(slot: NonNull<String>, new: String) -> String {
    // SAFETY: the caller promises that `slot` is valid, aligned and not
    // used by anyone else while this runs, so it is ours to read and write.
    unsafe {
        let old = ptr::read(slot.as_ptr()); // a bitwise copy: now two owners
        // Overwrite without dropping `old`'s bytes.
        ptr::write(slot.as_ptr(), new);
        old // one owner again
    }
}

fn main() {
    let mut label = String::from("draft");
    let slot = NonNull::from(&mut label);
    let old = unsafe { swap_in(slot, String::from("final")) };
    println!("old {old}, new {label}");
    println!(
        "*mut String: {} bytes, Option<NonNull<String>>: {} bytes",
        size_of::<*mut String>(),
        size_of::<Option<NonNull<String>>>()
    );
}
