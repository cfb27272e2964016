fn main() {
    let mut shelf: Vec<&String> = Vec::new();
    let title = String::from("Dune");
    shelf.push(&title);
    println!("{shelf:?}");
} // `title` is dropped first, then `shelf`, which still holds `&title`
