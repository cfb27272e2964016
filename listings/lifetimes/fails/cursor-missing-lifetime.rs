// A cursor over a line of input: `rest` is the part not yet read.
struct Cursor {
    rest: &str,
}

fn main() {
    let line = String::from("move 3 north");
    let cursor = Cursor { rest: &line };
    println!("{:?}", cursor.rest);
}
