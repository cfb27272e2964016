fn label(id: u32) -> &'static str {
    let text = format!("item-{id}");
    let raw: *const str = text.as_str(); // the borrow ends here
    unsafe { &*raw } // a reference with any lifetime the caller wants
}

fn main() {
    println!("{}", label(7));
}
