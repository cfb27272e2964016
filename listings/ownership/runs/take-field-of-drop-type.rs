struct Connection {
    address: String,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing the connection to {:?}", self.address);
    }
}

fn main() {
    let mut connection = Connection {
        address: String::from("db.internal:5432"),
    };

    // Either copy the field's contents into a new String...
    let copied = connection.address.clone();
    println!("copied {copied:?}");

    // ...or move them out and leave an empty String in the field.
    let taken = std::mem::take(&mut connection.address);
    println!("took {taken:?}");
} // taken and copied are freed first, then connection's drop sees ""
