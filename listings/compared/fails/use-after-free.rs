fn main() {
    let name = String::from("Ferris");
    drop(name); // the heap buffer goes back to the allocator here

    println!("hello, {name}");
}
