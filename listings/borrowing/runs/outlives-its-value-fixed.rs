fn main() {
    let longest: String;

    {
        let word = String::from("borrowing");
        longest = word; // move the String out instead of borrowing it
    } // nothing left in `word` to drop

    println!("{longest}");
}
