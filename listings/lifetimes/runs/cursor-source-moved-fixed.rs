struct Cursor<'src> {
    rest: &'src str,
}

fn main() {
    let mut history: Vec<String> = Vec::new();

    // Fix 1: finish with the cursor, then move the line.
    let line = String::from("move 3 north");
    let cursor = Cursor { rest: &line };
    println!("still to read: {:?}", cursor.rest); // last use of `cursor`
    history.push(line);

    // Fix 2: move the line first, then borrow it where it now lives.
    history.push(String::from("turn left"));
    let cursor = Cursor {
        rest: history.last().unwrap(),
    };
    println!("still to read: {:?}", cursor.rest);
}
