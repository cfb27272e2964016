fn main() {
    let a: i32 = 7;
    let mut b = a; // copies a's four bytes; a stays usable
    b += 1; // changes b's bytes only
    println!("a = {a}, b = {b}");

    // Tuples and arrays of Copy types are Copy too.
    let point = (1.5_f64, -2.0_f64);
    let other_point = point;
    println!("{point:?} {other_point:?}");

    let flags = [true, false, true];
    let more_flags = flags;
    println!("{flags:?} {more_flags:?}");

    // A shared reference is Copy: both copies point at the same text.
    let greeting: &str = "hi";
    let also_greeting = greeting;
    println!("{greeting} {also_greeting}");
}
