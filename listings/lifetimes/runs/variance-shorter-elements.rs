fn add<'a>(v: &mut Vec<&'a str>, item: &'a str) {
    v.push(item);
}

// Contravariance: a function that accepts any `&'a str` accepts a
// `&'static str` too, so it may stand in for a `fn(&'static str)`.
fn narrow<'a>(f: fn(&'a str)) -> fn(&'static str) {
    f
}

fn show(item: &str) {
    println!("showing {item}");
}

fn main() {
    let custom = String::from("teal");
    // The element type is `&'x str` for a `'x` that ends with `custom`:
    // the `&'static str` literals are shortened to it (covariance).
    let mut colors = vec!["red", "green"];
    add(&mut colors, &custom);
    println!("{colors:?}");
    narrow(show)("blue");
}
