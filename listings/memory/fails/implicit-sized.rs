use std::mem::size_of_val;

fn describe<T>(value: &T) -> String {
    format!("{} bytes", size_of_val(value))
}

fn main() {
    println!("{}", describe(&7u16));
    println!("{}", describe("hello"));
}
