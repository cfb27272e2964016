// The body only ever returns a slice of `line`.
fn before(line: &str, separator: &str) -> &str {
    match line.find(separator) {
        Some(end) => &line[..end],
        None => line,
    }
}

fn main() {
    let entry = String::from("port: 8080");
    println!("{}", before(&entry, ":"));
}
