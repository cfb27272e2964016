fn send(message: String) {
    println!("sent {message}");
}

fn main() {
    // Fix 1: each iteration builds its own String and moves that one.
    for attempt in 1..=3 {
        let message = format!("ping {attempt}");
        send(message);
    }

    // Fix 2: move a clone, and keep the original for later iterations.
    let message = String::from("pong");
    for _ in 0..2 {
        send(message.clone());
    }

    // Fix 3: leave the loop right after the move, so it happens once.
    let report = String::from("report");
    for attempt in 1..=3 {
        if attempt == 2 {
            send(report);
            break;
        }
    }
}
