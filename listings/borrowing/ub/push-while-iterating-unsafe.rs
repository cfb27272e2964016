fn main() {
    let mut prices = vec![5, 12, 8];
    let view: *const Vec<i32> = &prices; // the borrow ends here

    for price in unsafe { &*view } {
        if *price > 10 {
            prices.push(price / 2); // add a discounted copy
        }
    }

    println!("{prices:?}");
}
