#![deny(mismatched_lifetime_syntaxes)]

fn words(text: &str) -> std::str::SplitWhitespace {
    text.split_whitespace()
}

fn main() {
    let text = String::from("a lifetime is a constraint");
    println!("{}", words(&text).count());
}
