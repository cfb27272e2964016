use std::mem::size_of_val;

fn describe<T: ?Sized>(value: &T) -> String {
    format!("{} bytes", size_of_val(value))
}

fn main() {
    println!("{}", describe(&7u16));
    println!("{}", describe("hello"));
    println!("{}", describe(&[1u64, 2, 3][..]));
}
