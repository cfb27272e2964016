fn longer<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let a = String::from("stack");
    let result;
    {
        let b = String::from("heap");
        result = longer(&a, &b);
    } // `b` is dropped here and its heap buffer is freed
    println!("the longer one is {result:?}");
}
