use std::mem;

struct Inbox {
    owner: String,
    messages: Vec<String>,
}

impl Inbox {
    // Moves the Vec out and leaves Vec::default(), an empty Vec, behind.
    fn drain_all(&mut self) -> Vec<String> {
        mem::take(&mut self.messages)
    }

    // Moves the old owner out and puts the new one in its place.
    fn hand_over(&mut self, new_owner: String) -> String {
        mem::replace(&mut self.owner, new_owner)
    }
}

fn main() {
    let mut inbox = Inbox {
        owner: String::from("Ada"),
        messages: vec![String::from("hi"), String::from("lunch?")],
    };

    let messages = inbox.drain_all();
    let previous = inbox.hand_over(String::from("Grace"));

    println!("{previous} had {messages:?}");
    println!("{} has {:?}", inbox.owner, inbox.messages);
}
