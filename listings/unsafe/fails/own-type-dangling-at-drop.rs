/// Marks a document; the mark is announced when it is removed.
struct Stamp<'a> {
    on: &'a String,
}

impl Drop for Stamp<'_> {
    fn drop(&mut self) {
        println!("a stamp was removed"); // `self.on` is never read
    }
}

fn main() {
    let stamp;
    let draft = String::from("draft 3");
    stamp = Stamp { on: &draft };
    println!("stamped {}", stamp.on);
}
