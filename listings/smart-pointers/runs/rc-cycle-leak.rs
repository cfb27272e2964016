use std::cell::RefCell;
use std::rc::Rc;

struct Dancer {
    name: &'static str,
    partner: RefCell<Option<Rc<Dancer>>>, // a strong pointer
}

impl Drop for Dancer {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn dancer(name: &'static str) -> Rc<Dancer> {
    Rc::new(Dancer {
        name,
        partner: RefCell::new(None),
    })
}

fn main() {
    {
        let ana = dancer("ana");
        let ben = dancer("ben");
        *ana.partner.borrow_mut() = Some(Rc::clone(&ben));
        *ben.partner.borrow_mut() = Some(Rc::clone(&ana));
        println!("ana: strong = {}", Rc::strong_count(&ana));
        println!("ben: strong = {}", Rc::strong_count(&ben));

        let _solo = dancer("cleo"); // in no cycle
    } // ana and ben go out of scope: each count only falls to 1
    println!("end of main");
}
