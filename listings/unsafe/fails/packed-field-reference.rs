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
    let length: &u32 = &header.length;
    println!("kind {}, length {length}", header.kind);
}
