#[repr(C, packed)]
struct Header {
    kind: u8,
    length: u32, // at offset 1: not a multiple of 4
}

fn main() {
    let header = Header {
        kind: 7,
        length: 1500,
    };
    // No reference is made: `&raw const` only computes the address.
    let length: *const u32 = &raw const header.length;
    // SAFETY: `length` points into `header`, which is alive; the read
    // makes no assumption about alignment.
    let value = unsafe { length.read_unaligned() };
    println!("kind {}, length {value}", header.kind);
}
