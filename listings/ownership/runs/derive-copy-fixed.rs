// Every field is Copy, so the struct can be Copy.
#[derive(Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

// A String field is not Copy: derive Clone only.
#[derive(Clone)]
struct Label {
    id: u32,
    text: String,
}

fn main() {
    let p = Point { x: 3, y: 4 };
    let q = p; // a bitwise copy; p stays usable
    println!("p = ({}, {}), q = ({}, {})", p.x, p.y, q.x, q.y);

    let first = Label {
        id: 1,
        text: String::from("sturdy"),
    };
    // Copies id, and clones text into a new heap buffer.
    let second = first.clone();
    println!("{}: {}", first.id, first.text);
    println!("{}: {}", second.id, second.text);
}
