use std::rc::Rc;
use std::thread;

fn main() {
    let words = Rc::new(vec!["apple", "banana", "cherry"]);

    let for_thread = Rc::clone(&words);
    let worker = thread::spawn(move || for_thread.len());

    println!("{} words", worker.join().unwrap());
}
