fn main() {
    let shout = "quiet please".to_uppercase().as_str();

    println!("{shout}");
}
