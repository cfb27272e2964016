use std::fmt::Debug;
use std::mem::{size_of, size_of_val};

fn main() {
    let items: Vec<Box<dyn Debug>> = vec![
        Box::new(String::from("on the heap")),
        Box::new("static text"),
        Box::new([1u8, 2, 3]),
        Box::new(7u64),
    ];
    println!("each element: {} bytes", size_of::<Box<dyn Debug>>());
    for item in &items {
        // The vtable records the size of the value behind the pointer.
        let size = size_of_val(&**item);
        println!("{item:?} is {size} bytes");
    }
}
