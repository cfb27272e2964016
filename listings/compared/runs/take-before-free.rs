fn main() {
    let mut names = vec![String::from("Ada"), String::from("Grace")];
    let first = names.remove(0); // the String moves out of the vector

    drop(names); // frees the buffer and the strings still in it

    println!("first: {first}");
}
