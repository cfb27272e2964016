struct Cursor<'src> {
    rest: &'src str,
}

impl Cursor<'src> {
    fn new(src: &'src str) -> Self {
        Cursor { rest: src }
    }
}

fn main() {
    let line = String::from("move 3 north");
    let cursor = Cursor::new(&line);
    println!("{:?}", cursor.rest);
}
