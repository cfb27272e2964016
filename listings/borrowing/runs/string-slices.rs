fn first_word(text: &str) -> &str {
    match text.find(' ') {
        Some(end) => &text[..end], // bytes 0 up to, not including, `end`
        None => text,
    }
}

fn main() {
    let line = String::from("borrow checker");

    let word = first_word(&line); // &String coerces to &str
    let rest = &line[7..]; // bytes 7 to the end
    println!("word: {word:?}, rest: {rest:?}");

    let literal = first_word("static text"); // a &str into static data
    println!("literal: {literal:?}");

    println!("&str is {} bytes", size_of::<&str>());
    println!("&String is {} bytes", size_of::<&String>());
}
