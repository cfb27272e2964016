use std::fmt;

struct Words<'a> {
    text: &'a str,
}

// `'_` stands for "some lifetime; I don't need its name here".
impl fmt::Display for Words<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} words", self.text.split_whitespace().count())
    }
}

// The iterator borrows from `text`: `'_` makes that visible in the type.
fn words(text: &str) -> std::str::SplitWhitespace<'_> {
    text.split_whitespace()
}

fn main() {
    let text = String::from("a lifetime is a constraint");
    println!("{}", Words { text: &text });
    for word in words(&text).take(2) {
        println!("{word}");
    }
}
