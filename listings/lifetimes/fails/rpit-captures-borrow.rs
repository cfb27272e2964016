// The indices of `buf`. The range holds two numbers, no reference.
fn indices(buf: &Vec<u8>) -> impl Iterator<Item = usize> {
    0..buf.len()
}

fn main() {
    let mut bytes = vec![1, 2, 3];
    for i in indices(&bytes) {
        bytes.push(bytes[i] * 10); // append a copy of each byte, times 10
    }
    println!("{bytes:?}");
}
