// Taking every field out of a type with a destructor, in one pattern.
struct Ticket {
    seat: u32,
    holder: String,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {} returned", self.seat);
    }
}

fn main() {
    let ticket = Ticket {
        seat: 12,
        holder: String::from("Ada"),
    };
    let Ticket { seat, holder } = ticket;
    println!("{holder} sits in seat {seat}");
}
