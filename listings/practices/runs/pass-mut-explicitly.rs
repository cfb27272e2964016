struct Player {
    name: &'static str,
}

impl Player {
    // The log is lent for the duration of the call, not owned.
    fn act(&self, log: &mut Vec<String>) {
        log.push(format!("{} acts", self.name));
    }
}

fn main() {
    let mut log = Vec::new(); // one owner, no Rc, no RefCell
    let ann = Player { name: "Ann" };
    let bob = Player { name: "Bob" };
    ann.act(&mut log);

    // Count first (a shared borrow), then act (a mutable one).
    let reactions = log.iter().filter(|e| e.starts_with("Ann")).count();
    for _ in 0..reactions {
        bob.act(&mut log);
    }
    println!("{log:?}");
}
