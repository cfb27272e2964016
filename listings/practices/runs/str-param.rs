// `&str` and `&[T]` parameters accept every kind of string and list.
fn count_vowels(text: &str) -> usize {
    text.chars().filter(|c| "aeiou".contains(*c)).count()
}

fn longest(words: &[String]) -> Option<&str> {
    words.iter().map(String::as_str).max_by_key(|w| w.len())
}

fn main() {
    let owned = String::from("borrowing");
    println!("{}", count_vowels(&owned)); // &String coerces to &str
    println!("{}", count_vowels("a string literal"));
    println!("{}", count_vowels(&owned[..6])); // a slice of the String

    let words = vec![
        String::from("stack"),
        String::from("allocator"),
        String::from("heap"),
    ];
    println!("{:?}", longest(&words)); // &Vec<String> coerces to &[String]
    println!("{:?}", longest(&words[..1]));
    println!("{}", words.len()); // `words` still owns its strings
}
