fn longer<'a, 'b>(a: &'a str, b: &'b str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let a = String::from("stack");
    let b = String::from("heap");
    println!("{}", longer(&a, &b));
}
