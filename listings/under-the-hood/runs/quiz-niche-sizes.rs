use std::mem::size_of;
use std::num::NonZeroU64;

fn main() {
    println!("Option<u64>:          {}", size_of::<Option<u64>>());
    println!("Option<NonZeroU64>:   {}", size_of::<Option<NonZeroU64>>());
    println!("Option<&u64>:         {}", size_of::<Option<&u64>>());
    println!(
        "Option<Option<bool>>: {}",
        size_of::<Option<Option<bool>>>()
    );
}
