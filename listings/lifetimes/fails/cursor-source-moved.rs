struct Cursor<'src> {
    rest: &'src str,
}

fn main() {
    let mut history: Vec<String> = Vec::new();
    let line = String::from("move 3 north");
    let cursor = Cursor { rest: &line };
    history.push(line); // moves the String's 24 bytes into the Vec
    println!("still to read: {:?}", cursor.rest);
}
