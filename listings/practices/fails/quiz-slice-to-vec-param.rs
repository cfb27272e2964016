// Only reads the list, but asks for a `&Vec`.
fn longest(words: &Vec<String>) -> usize {
    words.iter().map(|w| w.len()).max().unwrap_or(0)
}

fn main() {
    let words = vec![
        String::from("heap"),
        String::from("stack"),
        String::from("arena"),
    ];
    println!("{}", longest(&words));
    println!("{}", longest(&words[1..])); // all but the first word
}
