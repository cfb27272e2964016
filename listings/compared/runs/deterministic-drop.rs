// Stands in for a file, a socket or a lock: something that must be
// released promptly, not whenever a collector gets round to it.
struct Connection(u32);

impl Connection {
    fn open(id: u32) -> Connection {
        println!("open connection {id}");
        Connection(id)
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("close connection {}", self.0);
    }
}

fn main() {
    for id in 1..=3 {
        let conn = Connection::open(id);
        println!("query on connection {}", conn.0);
    } // `conn` is closed here, at the end of every iteration

    let _kept = Connection::open(4);
    println!("end of main");
}
