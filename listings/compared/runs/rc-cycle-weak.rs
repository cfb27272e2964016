use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: &'static str,
    next: RefCell<Option<Rc<Node>>>,
    back: RefCell<Weak<Node>>, // does not keep its target alive
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn node(name: &'static str) -> Rc<Node> {
    let (next, back) = (RefCell::new(None), RefCell::new(Weak::new()));
    Rc::new(Node { name, next, back })
}

fn main() {
    let a = node("a");
    let b = node("b");

    *a.next.borrow_mut() = Some(Rc::clone(&b)); // strong: a owns b
    *b.back.borrow_mut() = Rc::downgrade(&a); // weak: b only sees a

    println!("a: strong = {}", Rc::strong_count(&a));
    println!("b: strong = {}", Rc::strong_count(&b));

    drop(a); // count of a: 1 -> 0: a is dropped, and drops its `next`
    println!("b can reach a: {}", b.back.borrow().upgrade().is_some());
    println!("end of main");
} // count of b: 1 -> 0: b is dropped
