fn label(id: u32) -> &'static str {
    let text = format!("item-{id}");
    &text
}

fn main() {
    println!("{}", label(7));
}
