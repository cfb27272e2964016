fn main() {
    let numbers = [1, 2, 3];
    let p: *const i32 = numbers.as_ptr(); // creating it is safe
    let first = *p; // reading through it is not
    let last = numbers.get_unchecked(2); // nor is calling an unsafe fn
    println!("{first} {last}");
}
