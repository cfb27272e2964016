struct Connection {
    address: String,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing the connection to {:?}", self.address);
    }
}

fn main() {
    let connection = Connection {
        address: String::from("db.internal:5432"),
    };
    let address = connection.address;
    println!("connected to {address}");
}
