use std::mem::size_of;

struct Message {
    text: Box<str>, // a fat pointer to the bytes, which are on the heap
    id: u32,
}

fn main() {
    let m = Message {
        text: Box::from("hello"),
        id: 7,
    };
    println!("message {}: {}", m.id, m.text);
    println!("a Message is {} bytes", size_of::<Message>());
}
