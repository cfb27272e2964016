use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Peer {
    partner: RefCell<Option<Rc<Peer>>>,
}

fn main() {
    let left = Rc::new(Peer {
        partner: RefCell::new(None),
    });
    let right = Rc::new(Peer {
        partner: RefCell::new(Some(Rc::clone(&left))),
    });
    *left.partner.borrow_mut() = Some(Rc::clone(&right)); // close the cycle

    let watch: Weak<Peer> = Rc::downgrade(&left);
    println!("left: strong = {}", Rc::strong_count(&left));

    drop(left);
    drop(right); // nothing on the stack reaches either peer now
    println!("left: strong = {}", watch.strong_count());
    println!("left still allocated: {}", watch.upgrade().is_some());
}
