// The result borrows from `text` only, so `separator` gets its own
// lifetime and is free to be a short-lived borrow.
fn first_field<'a>(text: &'a str, separator: &str) -> &'a str {
    text.split(separator).next().unwrap_or("")
}

fn main() {
    let line = String::from("alice,bob,carol");
    let first;
    {
        let separator = String::from(",");
        first = first_field(&line, &separator);
    } // `separator` is gone, `line` is not
    println!("first field: {first}");
}
