struct Excerpt<'a> {
    text: &'a str,
}

impl<'a> Excerpt<'a> {
    // Elided: the result borrows from `*self`, not from the document.
    fn first_token(&self) -> &str {
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
