use std::mem::transmute;

fn main() {
    let byte: u8 = 2;
    // SAFETY: none. A `bool` must be the byte 0 or the byte 1.
    let flag: bool = unsafe { transmute::<u8, bool>(byte) };
    println!("{flag}");
}
