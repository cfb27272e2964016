use std::mem::size_of;

// An `Excerpt<'a>` may not outlive the `'a` borrow of the text it shows.
struct Excerpt<'a> {
    text: &'a str,
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first = Excerpt { text: &novel[..16] };
    println!("excerpt: {:?}", first.text);
    println!("String: {} bytes", size_of::<String>());
    println!("Excerpt: {} bytes", size_of::<Excerpt>());
    let same_buffer = novel.as_ptr() == first.text.as_ptr();
    println!("points into the String's buffer: {same_buffer}");
}
