struct Header<'src> {
    name: &'src str,
}

fn main() {
    let mut line = String::from("Host: example.org");
    let header = Header { name: &line[..4] };
    line.push_str("\r\n");
    println!("header {}", header.name);
}
