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
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first = first_sentence(&novel);
    println!("borrowed: {}", first.text); // last use of `first`
    let kept = OwnedExcerpt {
        text: first_sentence(&novel).text.to_string(),
    };
    drop(novel); // no borrow of `novel` is alive any more
    println!("owned: {}", kept.text);
}
