struct Ticket {
    id: u32,
}

fn archive(ticket: Ticket) {
    println!("archived {}", ticket.id);
}

fn close(ticket: Ticket, urgent: bool) {
    if urgent {
        archive(ticket);
    }
    // A drop flag records at run time whether `ticket` moved...
    println!("closed {}", ticket.id);
}

fn main() {
    close(Ticket { id: 7 }, false);
}
