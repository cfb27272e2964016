fn shout(text: &str) -> &str {
    let loud = text.to_uppercase(); // a new String, owned by this call
    &loud
}

fn main() {
    println!("{}", shout("hello"));
}
