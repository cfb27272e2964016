use std::borrow::Cow;

fn kind(text: &Cow<'_, str>) -> &'static str {
    match text {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}

fn main() {
    let typed = String::from("plain text");
    let mut shown = Cow::Borrowed(typed.as_str());
    println!("at first: {}", kind(&shown));

    // Already lowercase: this changes no byte.
    shown.to_mut().make_ascii_lowercase();
    println!("after to_mut: {}", kind(&shown));

    let copy = shown.clone();
    println!("clone: {}, same text: {}", kind(&copy), copy == typed);
}
