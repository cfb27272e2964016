// A guard that holds a reference and prints it when it is dropped.
struct Announce<'a> {
    title: &'a str,
}

impl Drop for Announce<'_> {
    fn drop(&mut self) {
        println!("leaving {}", self.title);
    }
}

fn main() {
    let mut title = String::from("draft");
    let guard = Announce { title: &title };
    println!("working on {}", guard.title);
    title.push_str(", second version");
    println!("now {title}");
}
