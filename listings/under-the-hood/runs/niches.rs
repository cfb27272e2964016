use std::mem::size_of;
use std::num::NonZeroU32;

fn main() {
    // Guaranteed by the standard library: `None` uses a bit
    // pattern the inner type can never have (null, or zero).
    assert_eq!(size_of::<Option<&u64>>(), size_of::<&u64>());
    assert_eq!(size_of::<Option<Box<u64>>>(), size_of::<Box<u64>>());
    assert_eq!(size_of::<Option<NonZeroU32>>(), size_of::<NonZeroU32>());
    println!("Option<&u64>: {}", size_of::<Option<&u64>>());
    println!("Option<Box<u64>>: {}", size_of::<Option<Box<u64>>>());
    println!("Option<NonZeroU32>: {}", size_of::<Option<NonZeroU32>>());

    // No niche: every bit pattern of u32 is a valid u32, so the
    // tag needs room of its own, rounded up to the alignment.
    println!("u32: {}", size_of::<u32>());
    println!("Option<u32>: {}", size_of::<Option<u32>>());

    // Niches this compiler uses without a written guarantee.
    println!("Option<bool>: {}", size_of::<Option<bool>>());
    println!("Option<char>: {}", size_of::<Option<char>>());
    println!("Option<String>: {}", size_of::<Option<String>>());
    println!("Option<Vec<u8>>: {}", size_of::<Option<Vec<u8>>>());
}
