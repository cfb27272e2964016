use std::rc::{Rc, Weak};

fn main() {
    let config = Rc::new(String::from("volume=7"));

    // A Weak points at the same block but does not keep the value alive.
    let watcher: Weak<String> = Rc::downgrade(&config);
    println!(
        "strong = {}, weak = {}",
        Rc::strong_count(&config),
        Rc::weak_count(&config)
    );

    // upgrade hands out a new Rc, if the value is still there.
    match watcher.upgrade() {
        Some(current) => println!("upgrade: {current}"),
        None => println!("upgrade: gone"),
    }

    drop(config); // the last strong owner: the String is dropped now

    match watcher.upgrade() {
        Some(current) => println!("upgrade: {current}"),
        None => println!("upgrade: gone"),
    }
    println!("strong = {}", watcher.strong_count());
} // watcher is dropped: the weak count reaches 0, the block is freed
