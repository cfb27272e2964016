use std::mem::size_of;

// Each node holds a pointer to the rest of the list, not the rest itself.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn sum(list: &Node) -> i32 {
    match &list.next {
        Some(rest) => list.value + sum(rest),
        None => list.value,
    }
}

fn main() {
    let last = Node {
        value: 3,
        next: None,
    };
    let middle = Node {
        value: 2,
        next: Some(Box::new(last)),
    };
    let list = Node {
        value: 1,
        next: Some(Box::new(middle)),
    };
    println!("sum = {}", sum(&list));
    println!("a Node is {} bytes", size_of::<Node>());
}
