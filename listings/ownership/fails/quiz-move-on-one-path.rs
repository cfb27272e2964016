// The draft is archived only when the program gets no arguments.
fn archive(text: String) {
    println!("archived: {text}");
}

fn main() {
    let draft = String::from("minutes of Monday");
    let keep = std::env::args().count() > 1;
    if !keep {
        archive(draft);
    }
    println!("still have: {draft}");
}
