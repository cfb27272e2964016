use std::mem::{align_of, offset_of, size_of};

#[repr(C)]
struct Header {
    kind: u8,   // 1 byte
    id: u32,    // 4 bytes
    flags: u16, // 2 bytes
}

struct Compact {
    kind: u8,
    id: u32,
    flags: u16,
}

fn main() {
    println!("u8: {} {}", size_of::<u8>(), align_of::<u8>());
    println!("u16: {} {}", size_of::<u16>(), align_of::<u16>());
    println!("u32: {} {}", size_of::<u32>(), align_of::<u32>());
    println!("u64: {} {}", size_of::<u64>(), align_of::<u64>());

    // repr(C): fields in declaration order, padding where needed.
    println!("Header.kind at {}", offset_of!(Header, kind));
    println!("Header.id at {}", offset_of!(Header, id));
    println!("Header.flags at {}", offset_of!(Header, flags));
    assert_eq!(size_of::<Header>(), 12);
    assert_eq!(align_of::<Header>(), 4);

    // Default repr: the compiler may reorder the fields.
    println!("Compact.id at {}", offset_of!(Compact, id));
    println!("Compact.flags at {}", offset_of!(Compact, flags));
    println!("Compact.kind at {}", offset_of!(Compact, kind));
    println!("Header: {} bytes", size_of::<Header>());
    println!("Compact: {} bytes", size_of::<Compact>());
}
