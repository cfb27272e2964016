use std::cell::Cell;

struct Page {
    text: String,
    views: Cell<u32>, // can change even behind a shared reference
}

impl Page {
    // `&self`, not `&mut self`: reading a page should not need exclusivity.
    fn read(&self) -> &str {
        self.views.set(self.views.get() + 1);
        &self.text
    }
}

fn main() {
    let page = Page {
        text: String::from("Welcome!"),
        views: Cell::new(0),
    };
    let first = &page;
    let second = &page; // two shared references at once

    println!("{}", first.read());
    println!("{}", second.read());
    println!("views: {}", page.views.get());

    // replace and take move values in and out without any reference.
    let old = page.views.replace(100);
    println!("old: {old}, now: {}", page.views.get());
}
