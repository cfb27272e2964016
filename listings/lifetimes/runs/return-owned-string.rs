fn greeting(name: &str) -> String {
    format!("hello, {name}")
}

fn main() {
    let text = greeting("Ferris");
    println!("{text} ({} bytes, owned by main)", text.len());
}
