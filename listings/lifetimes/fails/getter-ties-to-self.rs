struct Excerpt<'a> {
    text: &'a str,
}

impl<'a> Excerpt<'a> {
    // Elided: the result borrows from `*self`, not from the novel.
    fn first_word(&self) -> &str {
        self.text.split(' ').next().unwrap_or("")
    }
}

fn main() {
    let novel = String::from("Call me Ishmael.");
    let word;
    {
        let excerpt = Excerpt { text: &novel };
        word = excerpt.first_word();
    } // `excerpt` is dropped here; `novel` is still alive
    println!("{word}");
}
