// Return the text itself: the caller becomes the owner of its buffer.
fn with_port(host: &str) -> String {
    if host.contains(':') {
        host.to_string() // copies the bytes into a new buffer
    } else {
        format!("{host}:8080")
    }
}

fn main() {
    let first = with_port("example.org:443");
    let second = with_port("example.org");
    println!("{first} ({} bytes, owned by main)", first.len());
    println!("{second} ({} bytes, owned by main)", second.len());
}
