use std::fmt::Display;
use std::rc::Rc;
use std::thread::{self, JoinHandle};

// Prints `value` from a new thread. `Send` is required by
// `thread::spawn` for everything the closure takes along.
fn print_in_thread<T>(value: T) -> JoinHandle<()>
where
    T: Display + Send + 'static,
{
    thread::spawn(move || println!("thread sees {value}"))
}

fn main() {
    let shared = Rc::new(String::from("log"));
    let handle = print_in_thread(Rc::clone(&shared));
    handle.join().unwrap();
}
