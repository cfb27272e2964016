struct Bookmark<'a>(&'a String);

impl Drop for Bookmark<'_> {
    fn drop(&mut self) {
        println!("removing the bookmark in {}", self.0);
    }
}

fn main() {
    let mut marks: Vec<Bookmark> = Vec::new();
    let title = String::from("Dune");
    marks.push(Bookmark(&title));
    println!("{} bookmark(s)", marks.len());
}
