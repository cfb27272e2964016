struct Config {
    name: String,
}

impl Config {
    // Both `self` and `fallback` must outlive `'a`, and so may be returned.
    fn name_or<'a>(&'a self, fallback: &'a str) -> &'a str {
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
    let named = Config {
        name: String::from("book"),
    };
    println!("{}", named.name_or("default"));
}
