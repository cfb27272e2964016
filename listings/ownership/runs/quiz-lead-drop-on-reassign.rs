struct Ticket(&'static str);

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

fn main() {
    let mut current = Ticket("first");
    println!("holding {}", current.0);
    current = Ticket("second");
    println!("holding {}", current.0);
}
