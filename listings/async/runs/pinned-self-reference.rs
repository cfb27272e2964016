use std::marker::PhantomPinned;
use std::pin::{Pin, pin};
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
        // SAFETY: this `&mut` only updates `cursor` and reads `line`; it is
        // never used to move the Reader.
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
    let mut reader = pin!(moved); // from here on, it stays put
    let mut text = String::new();
    while let Some(byte) = reader.as_mut().next_byte() {
        text.push(byte as char);
    }
    println!("{text}");
}
