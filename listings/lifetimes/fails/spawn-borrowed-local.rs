use std::fmt::Debug;
use std::thread;

fn print_later<T: Debug + Send + 'static>(value: T) {
    let handle = thread::spawn(move || {
        println!("from the thread: {value:?}");
    });
    handle.join().unwrap();
}

fn main() {
    let text = String::from("owned by main");
    print_later(text.as_str()); // a &str into main's String
}
