struct Inbox {
    messages: Vec<String>,
}

impl Inbox {
    // Hand every message to the caller and leave the inbox empty.
    fn drain_all(&mut self) -> Vec<String> {
        self.messages
    }
}

fn main() {
    let mut inbox = Inbox {
        messages: vec![String::from("hi"), String::from("lunch?")],
    };
    let messages = inbox.drain_all();
    println!("{messages:?}");
}
