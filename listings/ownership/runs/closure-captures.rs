fn main() {
    let name = String::from("Ferris");

    // The body only reads `name`, so the closure stores a `&String`.
    let greet = || println!("hello, {name}");
    greet();
    greet();
    println!("main still owns {name}");

    // `move`: the closure stores the String itself (pointer, length,
    // capacity); `name` in main is moved-from from here on.
    let farewell = move || println!("goodbye, {name}");
    farewell();

    // Dropping the closure drops the String it owns.
    drop(farewell);
    println!("the closure and its String are gone");
}
