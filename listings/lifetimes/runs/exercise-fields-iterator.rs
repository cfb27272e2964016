struct Fields<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Fields<'a> {
    // The items borrow the text for `'a`, not the iterator.
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        let text = self.rest;
        let (field, rest) = text.split_once(',').unwrap_or((text, ""));
        self.rest = rest;
        Some(field)
    }
}

fn main() {
    let csv = String::from("alice,bob,carol");
    let names: Vec<&str>;
    {
        let fields = Fields { rest: &csv };
        names = fields.collect();
    } // the iterator is gone; the names still borrow `csv`
    println!("{names:?}");
}
