struct Excerpt {
    text: &str,
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first = Excerpt { text: &novel[..16] };
    println!("{}", first.text);
}
