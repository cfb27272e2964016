fn main() {
    let names = vec![String::from("Ada"), String::from("Grace")];
    let first = &names[0]; // points into the heap buffer
    let moved = names; // copies the Vec's 24 bytes; the buffer stays put
    println!("{first} is one of {}", moved.len());
}
