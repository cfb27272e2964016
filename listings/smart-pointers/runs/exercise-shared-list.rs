use std::cell::RefCell;
use std::rc::Rc;

// Both roommates hold a handle to the same list.
struct Roommate {
    name: &'static str,
    list: Rc<RefCell<Vec<String>>>,
}

impl Roommate {
    fn add(&self, item: &str) {
        let entry = format!("{item} ({})", self.name);
        self.list.borrow_mut().push(entry);
    }
}

fn main() {
    let list = Rc::new(RefCell::new(Vec::new()));
    let ann = Roommate {
        name: "ann",
        list: Rc::clone(&list),
    };
    let raj = Roommate {
        name: "raj",
        list: Rc::clone(&list),
    };

    ann.add("milk");
    raj.add("rice");
    ann.add("soap");

    println!("owners: {}", Rc::strong_count(&list));
    for item in list.borrow().iter() {
        println!("- {item}");
    }
    drop(ann);
    drop(raj);
    println!("owners: {}", Rc::strong_count(&list));
}
