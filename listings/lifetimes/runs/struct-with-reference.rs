use std::mem::size_of;

// An `Excerpt<'a>` may not outlive the `'a` borrow of the text it shows.
struct Excerpt<'a> {
    text: &'a str,
}

fn main() {
    let doc = String::from("Owners free memory. Borrows only read it.");
    let first = Excerpt { text: &doc[..19] };
    println!("excerpt: {:?}", first.text);
    println!("String: {} bytes", size_of::<String>());
    println!("Excerpt: {} bytes", size_of::<Excerpt>());
    let same_buffer = doc.as_ptr() == first.text.as_ptr();
    println!("points into the String's buffer: {same_buffer}");
}
