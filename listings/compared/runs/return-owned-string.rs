fn shout(text: &str) -> String {
    text.to_uppercase() // the caller becomes the owner of the buffer
}

fn main() {
    let loud = shout("hello");
    println!("{loud}");
} // `loud` is dropped here, in the caller
