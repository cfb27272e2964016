fn longer<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let a = String::from("stack");
    let b = String::from("heap");
    let result = longer(&a, &b);
    println!("the longer one is {result:?}");
}
