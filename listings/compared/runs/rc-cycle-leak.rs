use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: &'static str,
    next: RefCell<Option<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn node(name: &'static str) -> Rc<Node> {
    let next = RefCell::new(None);
    Rc::new(Node { name, next })
}

fn main() {
    let a = node("a");
    let b = node("b");

    *a.next.borrow_mut() = Some(Rc::clone(&b)); // a points to b
    *b.next.borrow_mut() = Some(Rc::clone(&a)); // b points to a

    println!("a: strong = {}", Rc::strong_count(&a));
    println!("b: strong = {}", Rc::strong_count(&b));

    drop(a); // count of a: 2 -> 1, held by b
    drop(b); // count of b: 2 -> 1, held by a
    println!("end of main: neither node was dropped");
}
