/// `count` values of type `T`, stored as raw bytes somewhere else.
struct Records<T> {
    bytes: *const u8,
    count: usize,
}

fn main() {
    println!("{} bytes", size_of::<Records<u32>>());
}
