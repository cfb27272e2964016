struct Buffer {
    name: &'static str,
    bytes: Vec<u8>,
}

impl Drop for Buffer {
    fn drop(&mut self) {
        println!("drop {} ({} bytes)", self.name, self.bytes.len());
    }
}

fn consume(buffer: Buffer) {
    println!("consume {}", buffer.name);
} // `buffer` is dropped here

fn main() {
    let source = Buffer {
        name: "source",
        bytes: vec![0; 16],
    };
    let target = source; // a move: no constructor, no destructor runs
    consume(target); // a second move, into the parameter

    println!("end of main");
} // nothing is dropped here: `source` and `target` were moved from
