use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: &'static str,
    edges: RefCell<Vec<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn node(name: &'static str) -> Rc<Node> {
    Rc::new(Node {
        name,
        edges: RefCell::new(Vec::new()),
    })
}

fn main() {
    let a = node("a");
    let b = node("b");
    let c = node("c");
    a.edges.borrow_mut().push(Rc::clone(&b)); // a -> b
    b.edges.borrow_mut().push(Rc::clone(&a)); // b -> a: a cycle
    println!(
        "a: {} owners, b: {} owners",
        Rc::strong_count(&a),
        Rc::strong_count(&b)
    );
    drop(c);
    drop(a);
    drop(b);
    println!("end of main");
}
