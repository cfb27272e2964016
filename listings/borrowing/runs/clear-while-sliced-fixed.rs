fn first_word(text: &str) -> &str {
    text.split(' ').next().unwrap_or("")
}

fn main() {
    let mut line = String::from("borrow checker");
    let word = first_word(&line).to_string(); // an owned copy of the word

    line.clear();

    println!("first word: {word}, line: {line:?}");
}
