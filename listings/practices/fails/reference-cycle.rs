struct Node<'a> {
    name: &'static str,
    next: Option<&'a Node<'a>>,
}

fn main() {
    let mut a = Node {
        name: "a",
        next: None,
    };
    let b = Node {
        name: "b",
        next: Some(&a),
    }; // b -> a
    a.next = Some(&b); // a -> b: close the cycle
    println!("{} -> {}", a.name, a.next.unwrap().name);
}
