fn main() {
    let pointer: &i32;
    {
        let count = 5; // lives in this block only
        pointer = &count;
    } // `count` goes away here

    println!("count: {pointer}");
}
