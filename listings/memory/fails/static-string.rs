static DEFAULT_NAME: String = String::from("guest");

fn main() {
    println!("hello, {DEFAULT_NAME}");
}
