fn shout(word: &str) -> String {
    word.to_uppercase()
}

fn main() {
    let loud: &str = shout("hey").as_str();
    println!("{loud}");
}
