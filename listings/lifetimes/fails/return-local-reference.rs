fn greeting<'a>(name: &str) -> &'a str {
    let text = format!("hello, {name}");
    &text
}

fn main() {
    println!("{}", greeting("Ferris"));
}
