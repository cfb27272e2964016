struct Stamp<'a> {
    on: &'a String,
}

impl Drop for Stamp<'_> {
    fn drop(&mut self) {
        println!("a stamp was removed"); // `self.on` is never read
    }
}

fn main() {
    let boxed: Box<Stamp>;
    let draft = String::from("draft 3");
    boxed = Box::new(Stamp { on: &draft });
    println!("stamped {}", boxed.on);
}
