#[repr(C, packed)]
struct Reading {
    sensor: [u8; 3],
    celsius: i16, // at offset 3: even-addressed only by chance
}

fn main() {
    let reading = Reading {
        sensor: *b"t01",
        celsius: 215,
    };
    let celsius: &i16 = &reading.celsius;
    println!("{celsius}");
}
