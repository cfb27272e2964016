fn main() {
    let names = vec![String::from("Ada"), String::from("Grace")];
    let first = &names[0]; // a pointer into the vector's heap buffer

    drop(names); // frees the buffer and both strings

    println!("first: {first}");
}
