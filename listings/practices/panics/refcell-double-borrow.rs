use std::cell::RefCell;
use std::rc::Rc;

struct Player {
    name: &'static str,
    log: Rc<RefCell<Vec<String>>>, // shared with every other player
}

impl Player {
    fn act(&self) {
        self.log.borrow_mut().push(format!("{} acts", self.name));
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let ann = Player {
        name: "Ann",
        log: Rc::clone(&log),
    };
    let bob = Player {
        name: "Bob",
        log: Rc::clone(&log),
    };
    ann.act();

    // Replay the log: every entry written by Ann makes Bob react.
    for entry in log.borrow().iter() {
        if entry.starts_with("Ann") {
            bob.act(); // borrow_mut while `log.borrow()` is alive
        }
    }
    eprintln!("not reached");
}
