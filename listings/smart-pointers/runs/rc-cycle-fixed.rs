use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Dancer {
    name: &'static str,
    partner: RefCell<Weak<Dancer>>, // a weak pointer: does not own
}

impl Drop for Dancer {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn dancer(name: &'static str) -> Rc<Dancer> {
    Rc::new(Dancer {
        name,
        partner: RefCell::new(Weak::new()),
    })
}

fn main() {
    {
        let ana = dancer("ana");
        let ben = dancer("ben");
        *ana.partner.borrow_mut() = Rc::downgrade(&ben);
        *ben.partner.borrow_mut() = Rc::downgrade(&ana);
        println!("ana: strong = {}", Rc::strong_count(&ana));
        println!("ben: strong = {}", Rc::strong_count(&ben));

        let partner = ana.partner.borrow().upgrade();
        if let Some(partner) = partner {
            println!("ana dances with {}", partner.name);
        }
    } // the counts fall to 0: both dancers are dropped
    println!("end of main");
}
