// Both halves borrow from `line`; `separator` only has to live during
// the call, so it gets a lifetime of its own (elided here).
fn split_pair<'a>(line: &'a str, separator: &str) -> (&'a str, &'a str) {
    line.split_once(separator).unwrap_or((line, ""))
}

fn main() {
    let line = String::from("name=Ferris");
    let (key, value);
    {
        let separator = String::from("=");
        (key, value) = split_pair(&line, &separator);
    } // `separator` is dropped; `key` and `value` borrow `line` only
    println!("key {key:?}, value {value:?}");
}
