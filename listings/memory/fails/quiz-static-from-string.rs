fn main() {
    let owned = String::from("guest"); // lives until the end of `main`
    let name: &'static str = &owned;
    println!("signed in as {name}");
}
