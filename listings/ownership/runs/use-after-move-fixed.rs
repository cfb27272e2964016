fn main() {
    // Fix 1: use the new owner instead of the old one.
    let s1 = String::from("hello");
    let s2 = s1;
    println!("{s2}");

    // Fix 2: clone, so that each variable owns its own buffer.
    let s3 = String::from("hi");
    let s4 = s3.clone();
    println!("{s3}, {s4}");

    // Fix 3: give the moved-from variable a new value before using it.
    let mut s5 = String::from("one");
    let s6 = s5;
    s5 = String::from("two");
    println!("{s5}, {s6}");
}
