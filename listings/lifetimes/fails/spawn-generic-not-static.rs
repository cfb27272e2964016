use std::fmt::Debug;
use std::thread;

fn print_later<T: Debug + Send>(value: T) {
    let handle = thread::spawn(move || {
        println!("from the thread: {value:?}");
    });
    handle.join().unwrap();
}

fn main() {
    print_later(String::from("owned text"));
}
