use std::thread;

fn log_in_background(message: &str) -> thread::JoinHandle<()> {
    // A copy in a new heap buffer, owned by the closure from here on.
    let message = message.to_owned();
    thread::spawn(move || println!("log: {message}"))
}

fn main() {
    let message = String::from("disk almost full");
    let handle = log_in_background(&message);
    drop(message); // the thread has its own copy
    handle.join().unwrap();
}
