#[repr(C, packed)]
struct Reading {
    sensor: [u8; 3],
    celsius: i16, // at offset 3: even-addressed only by chance
}

fn main() {
    let mut reading = Reading {
        sensor: *b"t01",
        celsius: 215,
    };
    // No reference is made: `&raw mut` only computes the address.
    let place: *mut i16 = &raw mut reading.celsius;
    // SAFETY: `place` points into `reading`, which is alive, and neither
    // call assumes that it is aligned.
    unsafe { place.write_unaligned(place.read_unaligned() + 10) };
    let celsius = reading.celsius; // a copy of the field, not a reference
    let sensor = String::from_utf8_lossy(&reading.sensor);
    println!("{sensor}: {celsius} tenths of a degree");
}
