// A parameter of type `&String` accepts only a borrowed `String`.
fn count_vowels(text: &String) -> usize {
    text.chars().filter(|c| "aeiou".contains(*c)).count()
}

fn main() {
    let owned = String::from("borrowing");
    println!("{}", count_vowels(&owned));
    println!("{}", count_vowels("a string literal"));
}
