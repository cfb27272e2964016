fn first_word(text: &str) -> &str {
    text.split(' ').next().unwrap_or("")
}

fn main() {
    let mut line = String::from("borrow checker");
    let word = first_word(&line);

    line.clear(); // empties the buffer `word` points into

    println!("first word: {word}");
}
