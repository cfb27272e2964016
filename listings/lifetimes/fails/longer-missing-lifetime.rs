fn longer(a: &str, b: &str) -> &str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let a = String::from("stack");
    let b = String::from("heap");
    println!("{}", longer(&a, &b));
}
