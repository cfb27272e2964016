use std::fmt::Display;
use std::mem::size_of;

fn main() {
    println!("Box<[u8; 4096]>:     {}", size_of::<Box<[u8; 4096]>>());
    println!("Option<Box<u64>>:    {}", size_of::<Option<Box<u64>>>());
    println!("Box<[u8]>:           {}", size_of::<Box<[u8]>>());
    println!("Box<dyn Display>:    {}", size_of::<Box<dyn Display>>());
}
