fn main() {
    let buffer = vec![1u8, 2, 3];
    let alias = buffer; // both names would point at the same block

    drop(alias);
    drop(buffer);
}
