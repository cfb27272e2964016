fn main() {
    let s1 = String::from("hello");
    // A bitwise copy that the compiler does not count as a move.
    let s2 = unsafe { std::ptr::read(&s1) };

    println!("{}, {}", s1, s2);
} // s2 frees the buffer, then s1 frees it again
