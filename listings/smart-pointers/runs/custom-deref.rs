use std::ops::Deref;

// A value together with the place it came from.
struct Sourced<T> {
    value: T,
    source: &'static str,
}

impl<T> Deref for Sourced<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

fn shout(text: &str) -> String {
    text.to_uppercase()
}

fn main() {
    let motto = Sourced {
        value: String::from("measure twice"),
        source: "the workshop wall",
    };

    // `*motto` calls deref: it is the String inside.
    let inner: &String = &*motto;
    println!("{inner} (from {})", motto.source);

    // Method calls look through Deref: this is String::len.
    println!("{} bytes", motto.len());

    // Deref coercion: &Sourced<String> -> &String -> &str.
    println!("{}", shout(&motto));
}
