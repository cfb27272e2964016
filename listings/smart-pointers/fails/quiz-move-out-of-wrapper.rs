use std::ops::Deref;

struct Labelled<T> {
    label: &'static str,
    value: T,
}

impl<T> Deref for Labelled<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

fn main() {
    let boxed = Box::new(String::from("from a box"));
    let owned: String = *boxed;
    println!("{owned}");

    let tagged = Labelled {
        label: "motto",
        value: String::from("from a wrapper"),
    };
    let taken: String = *tagged;
    println!("{}: {taken}", tagged.label);
}
