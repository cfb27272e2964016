fn main() {
    let longest: &String;

    {
        let word = String::from("borrowing");
        let raw: *const String = &word; // the borrow ends here
        longest = unsafe { &*raw }; // a reference the checker cannot see
    } // word is dropped here and its buffer freed

    println!("{}", *longest);
}
