struct Excerpt {
    text: &str,
}

fn main() {
    let doc = String::from("Owners free memory. Borrows only read it.");
    let first = Excerpt { text: &doc[..19] };
    println!("{}", first.text);
}
