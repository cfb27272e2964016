fn send(message: String) {
    println!("sent {message}");
}

fn main() {
    let message = String::from("ping");
    for attempt in 1..=3 {
        println!("attempt {attempt}");
        send(message);
    }
}
