use std::marker::PhantomPinned;
use std::pin::Pin;

struct Reader {
    line: [u8; 8],
    cursor: *const u8,      // the next byte to read, inside `line`
    _pinned: PhantomPinned, // makes Reader !Unpin
}

impl Reader {
    fn new(text: [u8; 8]) -> Pin<Box<Reader>> {
        let cursor = std::ptr::null(); // set once the Reader is in place
        let reader = Reader {
            line: text,
            cursor,
            _pinned: PhantomPinned,
        };
        let mut boxed = Box::pin(reader);
        // SAFETY: we set a field in place and move nothing out of the box.
        let reader = unsafe { boxed.as_mut().get_unchecked_mut() };
        reader.cursor = reader.line.as_ptr(); // an address in the heap block
        boxed
    }

    fn next_byte(self: Pin<&mut Self>) -> u8 {
        // SAFETY: we change a field in place and move nothing out.
        let reader = unsafe { self.get_unchecked_mut() };
        // SAFETY: the Reader is pinned, so `line` is where cursor points.
        let byte = unsafe { *reader.cursor };
        reader.cursor = reader.cursor.wrapping_add(1);
        byte
    }
}

fn main() {
    let mut reader = Reader::new(*b"pinned!!");
    let first = reader.as_mut().next_byte();
    let mut readers = vec![reader]; // moves the Box: 8 bytes, not the Reader
    let second = readers[0].as_mut().next_byte();
    println!("{}{}", first as char, second as char);
}
