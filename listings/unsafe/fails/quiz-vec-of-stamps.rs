struct Stamp<'a> {
    on: &'a String,
}

impl Drop for Stamp<'_> {
    fn drop(&mut self) {
        println!("a stamp was removed"); // `self.on` is never read
    }
}

fn main() {
    let mut stamps = Vec::new();
    let draft = String::from("draft 3");
    stamps.push(Stamp { on: &draft });
    println!("{} stamp(s) on {}", stamps.len(), stamps[0].on);
}
