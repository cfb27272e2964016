fn main() {
    let greeting: &str = "hello";
    // Copy the characters themselves out of the reference.
    let copied: str = *greeting;
    println!("{}", &copied);
}
