use std::fmt::Debug;

#[derive(Debug)]
struct Report(String);

impl Drop for Report {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

// Asks for `T: 'static`.
fn file<T: Debug + 'static>(item: T) {
    println!("filed {item:?}");
}

fn main() {
    let name = String::from("q3");
    file(Report(name));
    println!("main ends");
}
