/// Stores names and hands out cheap views of them.
pub struct Names {
    stored: Vec<String>,
}

impl Names {
    pub fn new() -> Self {
        Names { stored: Vec::new() }
    }

    // Unsound: a safe function whose result can outlive what it points to.
    pub fn add(&mut self, name: &str) -> &'static str {
        self.stored.push(name.to_owned());
        let last = self.stored.last().unwrap();
        // SAFETY (wrong): "the `String`s are never removed, so their
        // bytes live as long as `Names`". But `Names` is not `'static`.
        unsafe { &*(last.as_str() as *const str) }
    }
}

// Safe code only, from here on.
fn main() {
    let first = {
        let mut names = Names::new();
        names.add("ada")
    }; // `names` is dropped here, and its strings with it
    let initial = first.chars().next();
    println!("first name: {first}, initial {initial:?}");
}
