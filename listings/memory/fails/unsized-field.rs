struct Message {
    text: str, // the bytes themselves, of any length
    id: u32,
}

fn main() {}
