struct Note<'a> {
    text: String,
    about: &'a String,
}

fn main() {
    let note;
    let title = String::from("Dune");
    note = Note { text: String::from("reread"), about: &title };
    println!("{} {}", note.text, note.about);
} // `title` is dropped before `note`
