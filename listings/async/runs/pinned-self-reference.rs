use std::marker::PhantomPinned;
use std::pin::Pin;
use std::ptr::NonNull;

struct Reader {
    line: [u8; 8],
    cursor: Option<NonNull<u8>>, // the next byte, once reading has begun
    _stay: PhantomPinned,        // opts out of `Unpin`
}

impl Reader {
    // Nothing points into the new Reader yet, so it may still move.
    fn new(text: [u8; 8]) -> Reader {
        Reader {
            line: text,
            cursor: None,
            _stay: PhantomPinned,
        }
    }

    fn next_byte(self: Pin<&mut Self>) -> Option<u8> {
        // SAFETY: fields are changed in place; nothing is moved out.
        let reader = unsafe { self.get_unchecked_mut() };
        let start = NonNull::from(&reader.line).cast::<u8>();
        // The first read, like a first poll, makes a pointer into the
        // Reader itself; from then on the pin keeps the Reader in place.
        let at = *reader.cursor.get_or_insert(start);
        // SAFETY: pinned, so `at` still points into `line`, at most one
        // byte past its end.
        if unsafe { at.offset_from(start) } == 8 {
            return None;
        }
        // SAFETY: `at` points to one of the 8 bytes of `line`.
        reader.cursor = Some(unsafe { at.add(1) });
        Some(unsafe { at.read() })
    }
}

fn main() {
    let reader = Reader::new(*b"pinned!!");
    let moved = reader; // allowed: nothing points into it yet
    let mut boxed = Box::pin(moved);
    let first = boxed.as_mut().next_byte().unwrap();
    let mut readers = vec![boxed]; // moves the Box, not the Reader
    let second = readers[0].as_mut().next_byte().unwrap();
    println!("{}{}", first as char, second as char);
}
