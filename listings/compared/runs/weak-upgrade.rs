use std::rc::{Rc, Weak};

fn main() {
    let cache = Rc::new(String::from("cached page"));
    let observer: Weak<String> = Rc::downgrade(&cache);

    println!("strong = {}", Rc::strong_count(&cache));
    println!("weak = {}", Rc::weak_count(&cache));

    match observer.upgrade() {
        Some(page) => println!("still alive: {page}"),
        None => println!("already freed"),
    }

    drop(cache); // the last strong handle: the String is dropped

    match observer.upgrade() {
        Some(page) => println!("still alive: {page}"),
        None => println!("already freed"),
    }
}
