static DEFAULT_NAME: &str = "guest";

fn main() {
    println!("hello, {DEFAULT_NAME}");
}
