use std::marker::PhantomPinned;
use std::pin::Pin;

struct Reader {
    line: [u8; 8],
    cursor: *const u8,      // null until the first read, then into `line`
    _pinned: PhantomPinned, // makes Reader !Unpin
}

impl Reader {
    // Nothing points into the new Reader yet, so it may still move.
    fn new(text: [u8; 8]) -> Reader {
        Reader {
            line: text,
            cursor: std::ptr::null(),
            _pinned: PhantomPinned,
        }
    }

    fn next_byte(self: Pin<&mut Self>) -> u8 {
        // SAFETY: fields are changed in place; nothing is moved out.
        let reader = unsafe { self.get_unchecked_mut() };
        if reader.cursor.is_null() {
            // The first read, like a first poll: from now on the Reader
            // points into itself, and the pin keeps it where it is.
            reader.cursor = reader.line.as_ptr();
        }
        // SAFETY: pinned, so `line` is still where `cursor` points.
        let byte = unsafe { *reader.cursor };
        reader.cursor = reader.cursor.wrapping_add(1);
        byte
    }
}

fn main() {
    let reader = Reader::new(*b"pinned!!");
    let moved = reader; // allowed: nothing points into it yet
    let mut boxed = Box::pin(moved);
    let first = boxed.as_mut().next_byte();
    let mut readers = vec![boxed]; // moves the Box, not the Reader
    let second = readers[0].as_mut().next_byte();
    println!("{}{}", first as char, second as char);
}
