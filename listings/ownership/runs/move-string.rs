fn main() {
    let s1 = String::from("hello");
    let s2 = s1; // the String moves from s1 into s2

    // s1 is uninitialized from here on; s2 is the String's only owner.
    println!("{}", s2);
} // s2 is dropped here and frees the buffer; s1 owns nothing to free
