// `use<>`: the hidden type captures no lifetime, so the call's borrow
// of `buf` ends when `indices` returns.
fn indices(buf: &Vec<u8>) -> impl Iterator<Item = usize> + use<> {
    0..buf.len()
}

// This iterator does point into `buf`: capturing its lifetime is right.
fn evens(buf: &[u8]) -> impl Iterator<Item = &u8> {
    buf.iter().filter(|b| *b % 2 == 0)
}

fn main() {
    let mut bytes = vec![1, 2, 3];
    for i in indices(&bytes) {
        bytes.push(bytes[i] * 10);
    }
    println!("{bytes:?}");
    println!("{:?}", evens(&bytes).collect::<Vec<_>>());
}
