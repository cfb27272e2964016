fn label(id: u32) -> String {
    format!("item-{id}") // the caller becomes the owner
}

fn main() {
    let name = label(7);
    println!("{name}");
}
