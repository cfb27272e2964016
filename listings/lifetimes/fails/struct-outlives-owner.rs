struct Excerpt<'a> {
    text: &'a str,
}

fn first_sentence(text: &str) -> Excerpt<'_> {
    let end = text.find('.').map_or(text.len(), |i| i + 1);
    Excerpt { text: &text[..end] }
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first = first_sentence(&novel);
    drop(novel); // frees the buffer `first.text` points into
    println!("{}", first.text);
}
