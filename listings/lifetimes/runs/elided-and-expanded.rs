struct Config {
    name: String,
}

impl Config {
    // Rule 3: the output gets the lifetime of `&self`.
    fn name_or<'a>(&'a self, _fallback: &str) -> &'a str {
        &self.name
    }
}

// Rule 1 alone: no references come out, nothing to decide.
fn count_spaces(text: &str) -> usize {
    text.bytes().filter(|b| *b == b' ').count()
}

// Rules 1 and 2: one input lifetime, given to the output.
fn first_token(text: &str) -> &str {
    text.split(' ').next().unwrap_or("")
}

// The same function with the lifetime the compiler fills in.
fn first_token_expanded<'a>(text: &'a str) -> &'a str {
    text.split(' ').next().unwrap_or("")
}

fn main() {
    let text = String::from("borrow checker at work");
    println!("{} spaces", count_spaces(&text));
    println!("{} / {}", first_token(&text), first_token_expanded(&text));
    let config = Config {
        name: String::from("book"),
    };
    println!("{}", config.name_or("default"));
}
