struct Shelf<'a> {
    books: Vec<&'a String>,
}

impl Drop for Shelf<'_> {
    fn drop(&mut self) {
        println!("clearing a shelf of {} books", self.books.len());
    }
}

fn main() {
    let mut shelf = Shelf { books: Vec::new() };
    let title = String::from("Dune");
    shelf.books.push(&title);
    println!("{:?}", shelf.books);
}
