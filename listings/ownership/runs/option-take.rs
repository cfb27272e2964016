struct Locker {
    contents: Option<String>,
}

impl Locker {
    // Moves the contents out and leaves None in the locker.
    fn empty(&mut self) -> Option<String> {
        self.contents.take()
    }
}

fn main() {
    let mut locker = Locker {
        contents: Some(String::from("umbrella")),
    };

    println!("first:  {:?}", locker.empty());
    println!("second: {:?}", locker.empty());

    // Option::replace puts a new value in and hands back the old one.
    let old = locker.contents.replace(String::from("scarf"));
    println!("old: {old:?}, now: {:?}", locker.contents);
}
