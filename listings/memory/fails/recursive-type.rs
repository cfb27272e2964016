// A linked list of numbers: each node holds the rest of the list.
struct Node {
    value: i32,
    next: Option<Node>,
}

fn sum(list: &Node) -> i32 {
    match &list.next {
        Some(rest) => list.value + sum(rest),
        None => list.value,
    }
}

fn main() {
    // No list is built: the compiler rejects the type itself.
    let _ = sum;
}
