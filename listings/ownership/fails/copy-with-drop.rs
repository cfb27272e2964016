// A ticket that says when it is thrown away.
#[derive(Clone, Copy)]
struct Ticket {
    seat: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket for seat {} dropped", self.seat);
    }
}

fn main() {
    let mine = Ticket { seat: 12 };
    let yours = mine; // with Copy, `mine` would stay usable
    println!("seats {} and {}", mine.seat, yours.seat);
}
