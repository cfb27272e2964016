use std::fmt::Debug;
use std::thread;

// `T: 'static`: a `T` holds no reference that could expire.
fn print_later<T: Debug + Send + 'static>(value: T) {
    let handle = thread::spawn(move || {
        println!("from the thread: {value:?}");
    }); // the thread owns `value` and drops it when the closure ends
    handle.join().unwrap();
}

fn main() {
    print_later(String::from("owned text")); // String: 'static
    print_later(vec![1, 2, 3]); // Vec<i32>: 'static
    print_later("a literal"); // &'static str: 'static
}
