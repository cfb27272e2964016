// `'b: 'a` reads "'b outlives 'a": whatever `b` borrows stays valid
// for at least as long as `'a`, so `b` may be returned as a `&'a str`.
fn longer<'a, 'b: 'a>(a: &'a str, b: &'b str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let a = String::from("stack");
    let b = String::from("a longer string");
    println!("{}", longer(&a, &b));
}
