// A closure that gives `name` away, created before it is called.
fn retire(name: String) {
    println!("{name} retires");
}

fn main() {
    let name = String::from("Ferris");
    let farewell = || retire(name);
    println!("{name} is still working");
    farewell();
}
