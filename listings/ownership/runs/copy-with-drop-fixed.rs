// Clone only: every second ticket is made by an explicit call.
#[derive(Clone)]
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
    let mut yours = mine.clone(); // written out, and dropped on its own
    yours.seat = 13;
    let moved = mine; // a plain move: `mine` is unusable from here on
    println!("seats {} and {}", moved.seat, yours.seat);
}
