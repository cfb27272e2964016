// Counting the words while a mutable reference to the first is in use.
fn main() {
    let mut words = vec![String::from("tea"), String::from("cake")];
    let first = &mut words[0];
    let count = words.len();
    first.push_str(" time");
    println!("{count} words, the first is {first}");
}
