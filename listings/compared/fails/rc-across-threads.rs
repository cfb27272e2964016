use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(String::from("log"));
    let for_thread = Rc::clone(&shared);

    let handle = thread::spawn(move || {
        println!("thread sees {for_thread}");
    });
    handle.join().unwrap();
}
