struct Inbox {
    messages: Vec<String>,
}

impl Inbox {
    // Move the messages out, then put an empty Vec back before returning.
    fn drain_all(&mut self) -> Vec<String> {
        let messages = self.messages;
        self.messages = Vec::new();
        messages
    }
}

fn main() {
    let mut inbox = Inbox {
        messages: vec![String::from("hi"), String::from("lunch?")],
    };
    let messages = inbox.drain_all();
    println!("{messages:?}, {} left", inbox.messages.len());
}
