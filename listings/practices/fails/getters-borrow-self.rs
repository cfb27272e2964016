struct Inventory {
    items: Vec<String>,
    log: Vec<String>,
}

impl Inventory {
    fn items_mut(&mut self) -> &mut Vec<String> {
        &mut self.items
    }
    fn log_mut(&mut self) -> &mut Vec<String> {
        &mut self.log
    }
}

fn main() {
    let mut inv = Inventory {
        items: vec![],
        log: vec![],
    };
    let items = inv.items_mut(); // borrows all of `inv`
    let log = inv.log_mut(); // borrows all of `inv` again
    items.push(String::from("rope"));
    log.push(String::from("added rope"));
}
