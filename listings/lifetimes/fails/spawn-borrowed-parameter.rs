use std::thread;

// Prints `message` from a new thread.
fn log_in_background(message: &str) -> thread::JoinHandle<()> {
    thread::spawn(move || println!("log: {message}"))
}

fn main() {
    let message = String::from("disk almost full");
    log_in_background(&message).join().unwrap();
}
