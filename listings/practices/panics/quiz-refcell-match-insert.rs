use std::cell::RefCell;
use std::collections::HashMap;

struct Labels {
    cache: RefCell<HashMap<u32, String>>,
}

impl Labels {
    fn get(&self, id: u32) -> String {
        match self.cache.borrow().get(&id) {
            Some(found) => found.clone(),
            None => {
                let made = format!("item-{id}");
                self.cache.borrow_mut().insert(id, made.clone());
                made
            }
        }
    }
}

fn main() {
    let labels = Labels {
        cache: RefCell::new(HashMap::new()),
    };
    eprintln!("{}", labels.get(7));
}
