struct Excerpt<'a> {
    text: &'a str,
}

fn first_sentence(text: &str) -> Excerpt<'_> {
    let end = text.find('.').map_or(text.len(), |i| i + 1);
    Excerpt { text: &text[..end] }
}

fn main() {
    let doc = String::from("Owners free memory. Borrows only read it.");
    let first = first_sentence(&doc);
    drop(doc); // frees the buffer `first.text` points into
    println!("{}", first.text);
}
