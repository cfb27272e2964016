/// Stores names and hands out cheap views of them.
pub struct Names {
    stored: Vec<String>,
}

impl Names {
    pub fn new() -> Self {
        Names { stored: Vec::new() }
    }

    // Sound: the result borrows `self`, and no unsafe code is needed.
    pub fn add(&mut self, name: &str) -> &str {
        self.stored.push(name.to_owned());
        self.stored.last().unwrap()
    }
}

fn main() {
    let first = {
        let mut names = Names::new();
        names.add("ada")
    };
    println!("first name: {first}");
}
