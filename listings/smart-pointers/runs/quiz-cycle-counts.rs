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

fn main() {
    let a = Rc::new(Node {
        name: "a",
        next: RefCell::new(None),
    });
    let b = Rc::new(Node {
        name: "b",
        next: RefCell::new(Some(Rc::clone(&a))),
    });
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    println!("a: {}, b: {}", Rc::strong_count(&a), Rc::strong_count(&b));
    drop(a);
    println!("b: {}", Rc::strong_count(&b));
    println!("end of main");
}
