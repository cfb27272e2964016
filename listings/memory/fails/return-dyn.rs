use std::fmt::Display;

fn label(count: u32) -> dyn Display {
    if count == 1 { "one" } else { count }
}

fn main() {
    let text = label(7).to_string();
    println!("{text}");
}
