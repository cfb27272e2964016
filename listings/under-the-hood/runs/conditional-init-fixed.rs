fn main() {
    let args = std::env::args().count();
    let greeting: String;
    if args > 1 {
        greeting = String::from("hello, arguments");
    } else {
        greeting = String::from("hello, nobody");
    }
    println!("{greeting}"); // initialized on every path
}
