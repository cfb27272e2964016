use std::rc::Rc;
use std::thread;

fn main() {
    let settings = Rc::new(vec![String::from("verbose")]);
    let for_worker = Rc::clone(&settings);
    let worker = thread::spawn(move || {
        println!("worker sees {} setting(s)", for_worker.len());
    });
    worker.join().unwrap();
    println!("main sees {settings:?}");
}
