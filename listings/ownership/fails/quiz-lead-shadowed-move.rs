fn main() {
    let title = String::from("Ownership");
    let shelf = vec![title];
    let title = shelf.len();
    println!("{title} book on the shelf");
    println!("first: {}", shelf[0]);
    let copy = shelf;
    println!("{} books", shelf.len());
    drop(copy);
}
