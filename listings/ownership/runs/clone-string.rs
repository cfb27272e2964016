fn main() {
    let s1 = String::from("hello");
    // Allocates a second heap buffer and copies the five bytes into it.
    let mut s2 = s1.clone();

    // Two separate buffers, so two different addresses.
    println!("same buffer: {}", s1.as_ptr() == s2.as_ptr());

    s2.push_str(", world"); // changes s2's buffer only
    println!("s1 = {s1}");
    println!("s2 = {s2}");
} // s2 frees its buffer, then s1 frees its own: two owners, two frees
