use std::fmt::Display;

fn label(count: u32) -> Box<dyn Display> {
    if count == 1 {
        Box::new("one") // a &'static str, moved into a heap block
    } else {
        Box::new(count) // a u32, moved into a heap block
    }
}

fn main() {
    println!("{}", label(1));
    println!("{}", label(7));

    // A Vec can hold values of different sizes behind pointers.
    let row: Vec<Box<dyn Display>> = vec![label(1), label(2), Box::new(2.5)];
    for cell in &row {
        println!("[{cell}]");
    }
}
