use std::fmt::Display;
use std::mem::{size_of, size_of_val};
use std::rc::Rc;

fn show<P>(name: &str) -> usize {
    println!("{name:>17}: {} bytes", size_of::<P>());
    size_of::<P>()
}

fn main() {
    const WORD: usize = size_of::<usize>();
    // Thin: the address is all there is to know.
    assert_eq!(show::<&u64>("&u64"), WORD);
    assert_eq!(show::<&[u64; 4]>("&[u64; 4]"), WORD);
    assert_eq!(show::<Box<String>>("Box<String>"), WORD);
    // Fat: an address plus one word of metadata.
    assert_eq!(show::<&[u64]>("&[u64]"), 2 * WORD);
    assert_eq!(show::<&str>("&str"), 2 * WORD);
    assert_eq!(show::<&dyn Display>("&dyn Display"), 2 * WORD);
    assert_eq!(show::<Box<dyn Display>>("Box<dyn Display>"), 2 * WORD);
    assert_eq!(show::<Rc<str>>("Rc<str>"), 2 * WORD);
    assert_eq!(show::<*const [u8]>("*const [u8]"), 2 * WORD);
    assert_eq!(show::<Option<&str>>("Option<&str>"), 2 * WORD);

    let array = [10u64, 20, 30, 40];
    let slice: &[u64] = &array[1..3];
    let (len, bytes) = (slice.len(), size_of_val(slice));
    println!("slice: len {len}, size_of_val {bytes}");
    println!(
        "points at array[1]: {}",
        std::ptr::eq(slice.as_ptr(), &array[1])
    );

    let shown: [&dyn Display; 2] = [&7u8, &"seven"];
    for item in shown {
        // The size comes from the vtable, at run time.
        println!("{item}: size_of_val {}", size_of_val(item));
    }
}
