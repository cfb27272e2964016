struct Cursor<'src> {
    rest: &'src str,
}

// `impl<'src>` declares the lifetime; `Cursor<'src>` uses it.
impl<'src> Cursor<'src> {
    fn new(src: &'src str) -> Self {
        Cursor { rest: src }
    }

    // The next word, or `None` at the end. The result is elided.
    fn next_word(&mut self) -> Option<&str> {
        let text = self.rest.trim_start();
        if text.is_empty() {
            return None;
        }
        let end = text.find(' ').unwrap_or(text.len());
        self.rest = &text[end..];
        Some(&text[..end])
    }
}

fn main() {
    let line = String::from("move 3 north");
    let command;
    {
        let mut cursor = Cursor::new(&line);
        command = cursor.next_word();
    } // the cursor is dropped here; `line` is not
    println!("command {command:?}");
}
