struct Reader {
    line: [u8; 8],
    cursor: *const u8, // the next byte to read, inside `line`
}

impl Reader {
    fn new(text: [u8; 8]) -> Reader {
        let mut reader = Reader {
            line: text,
            cursor: std::ptr::null(),
        };
        reader.cursor = reader.line.as_ptr(); // points into this frame
        reader // a move: the bytes are copied to the caller
    }

    fn next_byte(&mut self) -> u8 {
        let byte = unsafe { *self.cursor };
        self.cursor = self.cursor.wrapping_add(1);
        byte
    }
}

fn main() {
    let mut reader = Reader::new(*b"pinned!!");
    println!("first byte: {}", reader.next_byte() as char);
}
