fn longer<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let a = String::from("stack");

    // Fix 1: use the result while both strings are alive.
    {
        let b = String::from("heap");
        let result = longer(&a, &b);
        println!("inside the block: {result:?}");
    }

    // Fix 2: copy the text into a String the outer scope owns.
    let owned: String;
    {
        let b = String::from("heap");
        owned = longer(&a, &b).to_string();
    }
    println!("after the block: {owned:?}");
}
