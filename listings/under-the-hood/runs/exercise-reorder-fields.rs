use std::mem::{align_of, offset_of, size_of};

// As given: 1 + 7 (padding) + 8 + 2 + 6 (padding) = 24 bytes.
#[repr(C)]
struct Reading {
    valid: bool,
    value: u64,
    sensor: u16,
}

// Largest alignment first: 8 + 2 + 1 + 5 (padding) = 16 bytes.
#[repr(C)]
struct PackedReading {
    value: u64,
    sensor: u16,
    valid: bool,
}

fn main() {
    assert_eq!(offset_of!(Reading, value), 8);
    assert_eq!(offset_of!(Reading, sensor), 16);
    assert_eq!(size_of::<Reading>(), 24);

    assert_eq!(offset_of!(PackedReading, sensor), 8);
    assert_eq!(offset_of!(PackedReading, valid), 10);
    assert_eq!(size_of::<PackedReading>(), 16);
    // The tail padding stays: the size must be a multiple of 8.
    assert_eq!(align_of::<PackedReading>(), 8);
    println!("Reading: {} bytes", size_of::<Reading>());
    println!("PackedReading: {} bytes", size_of::<PackedReading>());
}
