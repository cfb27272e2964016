fn main() {
    let mut names = vec![String::from("Ada"), String::from("Grace")];
    let first = &names[0];
    names.clear(); // drops every String in the vector
    println!("first name: {first}");
}
//@ mir: main
