// "host:port", with the default port added when `host` has none.
fn with_port(host: &str) -> &str {
    if host.contains(':') {
        return host; // a slice of the caller's string: fine
    }
    let full = format!("{host}:8080"); // a new String in this frame
    &full
}

fn main() {
    println!("{}", with_port("example.org:443"));
    println!("{}", with_port("example.org"));
}
