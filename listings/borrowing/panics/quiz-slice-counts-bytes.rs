// The first three letters of a word, taken with a range.
fn main() {
    let word = String::from("naïve");
    eprintln!("{} bytes", word.len());
    let start = &word[..3];
    println!("starts with {start}");
}
