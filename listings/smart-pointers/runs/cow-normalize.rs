use std::borrow::Cow;

// Replace tabs by spaces, but only allocate if there is a tab to replace.
fn untab(line: &str) -> Cow<'_, str> {
    if line.contains('\t') {
        Cow::Owned(line.replace('\t', "    ")) // a new String
    } else {
        Cow::Borrowed(line) // just the reference we were given
    }
}

fn kind(text: &Cow<'_, str>) -> &'static str {
    match text {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}

fn main() {
    let lines = ["let x = 1;", "\tlet y = 2;"];
    for line in lines {
        let clean = untab(line);
        // Cow<str> derefs to &str, whichever variant it holds.
        println!("{:8} {:?} ({} bytes)", kind(&clean), clean, clean.len());
    }

    // to_mut clones a borrowed value the first time you write to it.
    let mut title = Cow::Borrowed("draft");
    println!("before to_mut: {}", kind(&title));
    title.to_mut().push_str(" v2");
    println!("after to_mut:  {} {title:?}", kind(&title));
}
