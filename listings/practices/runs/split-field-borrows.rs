struct Inventory {
    items: Vec<String>,
    log: Vec<String>,
}

impl Inventory {
    // Inside the type, borrow the fields, not the whole `self`.
    fn add(&mut self, item: &str) {
        let items = &mut self.items; // borrows only `self.items`
        let log = &mut self.log; // borrows only `self.log`
        items.push(item.to_string());
        log.push(format!("added {item} ({} items)", items.len()));
    }
}

fn main() {
    let mut inv = Inventory {
        items: vec![],
        log: vec![],
    };
    inv.add("rope");
    inv.add("lamp");

    // Outside, field borrows split the same way.
    let Inventory { items, log } = &mut inv;
    items.sort();
    log.push(format!("sorted: {items:?}"));
    for line in &inv.log {
        println!("{line}");
    }
}
