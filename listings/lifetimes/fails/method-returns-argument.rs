struct Config {
    name: String,
}

impl Config {
    // Elided: the result borrows from `self`, whatever the body does.
    fn name_or(&self, fallback: &str) -> &str {
        if self.name.is_empty() {
            fallback
        } else {
            &self.name
        }
    }
}

fn main() {
    let config = Config {
        name: String::new(),
    };
    println!("{}", config.name_or("default"));
}
