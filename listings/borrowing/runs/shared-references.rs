fn count_vowels(text: &String) -> usize {
    text.chars().filter(|c| "aeiou".contains(*c)).count()
}

fn main() {
    let title = String::from("borrowed time");

    let first = &title; // a shared reference: 8 bytes, a pointer to title
    let second = &title; // any number of shared references may coexist

    println!("{first} / {second}");
    println!("vowels: {}", count_vowels(&title));
    println!("title still owns its text: {title}");
    println!("a &String takes {} bytes", size_of::<&String>());
}
