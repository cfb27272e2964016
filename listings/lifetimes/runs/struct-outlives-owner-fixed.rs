struct Excerpt<'a> {
    text: &'a str,
}

// An owning version: it copies the bytes into its own heap buffer.
struct OwnedExcerpt {
    text: String,
}

fn first_sentence(text: &str) -> Excerpt<'_> {
    let end = text.find('.').map_or(text.len(), |i| i + 1);
    Excerpt { text: &text[..end] }
}

fn main() {
    let doc = String::from("Owners free memory. Borrows only read it.");
    let first = first_sentence(&doc);
    println!("borrowed: {}", first.text); // last use of `first`
    let kept = OwnedExcerpt {
        text: first_sentence(&doc).text.to_string(),
    };
    drop(doc); // no borrow of `doc` is alive any more
    println!("owned: {}", kept.text);
}
