fn main() {
    let owned = "quiet please".to_uppercase();
    let shout = owned.as_str(); // borrows a named owner that lives on

    println!("{shout}");
}
