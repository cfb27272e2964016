fn main() {
    let longest: &String;

    {
        let word = String::from("borrowing");
        longest = &word;
    } // word is dropped here and its buffer freed

    println!("{longest}");
}
