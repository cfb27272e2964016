use std::fmt::Display;
use std::mem::{size_of, size_of_val};

fn main() {
    // Pointers to sized types: one word, just the address.
    println!("&u8:          {}", size_of::<&u8>());
    println!("&[u8; 4]:     {}", size_of::<&[u8; 4]>());
    println!("Box<u64>:     {}", size_of::<Box<u64>>());
    // Pointers to unsized types: the address plus one more word.
    println!("&[u8]:        {}", size_of::<&[u8]>());
    println!("&str:         {}", size_of::<&str>());
    println!("Box<str>:     {}", size_of::<Box<str>>());
    println!("&dyn Display: {}", size_of::<&dyn Display>());

    // The size of the value a pointer points to, read at run time:
    let text: &str = "hello, world";
    let numbers: &[u32] = &[1, 2, 3];
    let shown: &dyn Display = &2.5f64;
    println!("text points to {} bytes", size_of_val(text));
    println!("numbers points to {} bytes", size_of_val(numbers));
    println!("shown points to {} bytes", size_of_val(shown));
}
