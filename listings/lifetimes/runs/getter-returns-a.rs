struct Excerpt<'a> {
    text: &'a str,
}

impl<'a> Excerpt<'a> {
    // The result borrows from the document, for `'a`, not from `*self`.
    fn first_token(&self) -> &'a str {
        self.text.split(' ').next().unwrap_or("")
    }
}

fn main() {
    let doc = String::from("Owners free memory.");
    let word;
    {
        let excerpt = Excerpt { text: &doc };
        word = excerpt.first_token();
    } // `excerpt` is dropped here; `doc` is still alive
    println!("{word}");
}
