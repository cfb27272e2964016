#[derive(Clone, Copy)]
struct Label {
    id: u32,
    text: String,
}

fn main() {
    let label = Label {
        id: 1,
        text: String::from("fragile"),
    };
    println!("{}: {}", label.id, label.text);
}
