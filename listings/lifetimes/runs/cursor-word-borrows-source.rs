struct Cursor<'src> {
    rest: &'src str,
}

// `impl<'src>` declares the lifetime; `Cursor<'src>` uses it.
impl<'src> Cursor<'src> {
    fn new(src: &'src str) -> Self {
        Cursor { rest: src }
    }

    // The next word, a slice of the source: it borrows `line`, not `self`.
    fn next_word(&mut self) -> Option<&'src str> {
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

    // Words may now be kept while the cursor moves on, too.
    let mut cursor = Cursor::new(&line);
    let mut words = Vec::new();
    while let Some(word) = cursor.next_word() {
        words.push(word);
    }
    println!("words {words:?}");
}
