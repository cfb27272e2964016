fn main() {
    let args = std::env::args().count();
    let greeting: String;
    if args > 1 {
        greeting = String::from("hello");
    }
    println!("{greeting}");
}
