// A heap buffer that says when it goes back to the allocator.
struct Scratch(Vec<u8>);

impl Drop for Scratch {
    fn drop(&mut self) {
        println!("  free {} bytes of scratch space", self.0.capacity());
    }
}

fn checksum(input: &str) -> Result<u32, String> {
    let mut scratch = Scratch(Vec::with_capacity(64));
    if input.is_empty() {
        return Err(String::from("empty input")); // early return
    }
    scratch.0.extend_from_slice(input.as_bytes());
    Ok(scratch.0.iter().map(|&b| u32::from(b)).sum())
}

fn main() {
    for input in ["abc", ""] {
        println!("checksum({input:?}):");
        let result = checksum(input);
        println!("  {result:?}");
    }
}
