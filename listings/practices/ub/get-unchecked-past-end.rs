fn main() {
    let numbers = [1, 2, 3];
    let p: *const i32 = numbers.as_ptr();
    // SAFETY: `p` points at the first element of a live array.
    let first = unsafe { *p };
    // SAFETY: none. Index 3 is one past the end, and the result is
    // never even read.
    let _past_end = unsafe { numbers.get_unchecked(3) };
    println!("{first}");
}
