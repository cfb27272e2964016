use std::mem::{MaybeUninit, size_of};

fn main() {
    // Same size as the value it may hold, but no niche: any bit
    // pattern is a valid MaybeUninit<&u8>, so Option needs a tag.
    assert_eq!(size_of::<MaybeUninit<String>>(), size_of::<String>());
    println!("Option<&u8>: {}", size_of::<Option<&u8>>());
    println!(
        "Option<MaybeUninit<&u8>>: {}",
        size_of::<Option<MaybeUninit<&u8>>>()
    );

    // Reserve the bytes now, initialize them later.
    let mut squares = [const { MaybeUninit::<u64>::uninit() }; 4];
    for (i, slot) in squares.iter_mut().enumerate() {
        slot.write((i * i) as u64);
    }
    // SAFETY: the loop wrote every element.
    let squares: [u64; 4] = squares.map(|s| unsafe { s.assume_init() });
    println!("{squares:?}");

    let mut name = MaybeUninit::<String>::uninit();
    name.write(String::from("Ferris"));
    // SAFETY: `name` was just written. From here on, the String
    // has an owner again and is dropped normally.
    let name = unsafe { name.assume_init() };
    println!("{name}");
}
