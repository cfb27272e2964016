use std::mem::size_of;

// A `Cursor<'src>` may be used only while its `'src` borrow lasts.
struct Cursor<'src> {
    rest: &'src str,
}

fn main() {
    let line = String::from("move 3 north");
    let start = line.as_ptr() as usize;
    let mut cursor = Cursor { rest: &line };
    println!("Cursor: {} bytes", size_of::<Cursor>());
    println!("String: {} bytes", size_of::<String>());
    for step in [0, 5, 2] {
        cursor.rest = &cursor.rest[step..]; // only the cursor changes
        let offset = cursor.rest.as_ptr() as usize - start;
        println!("rest {:?}: offset {offset}", cursor.rest);
    }
}
