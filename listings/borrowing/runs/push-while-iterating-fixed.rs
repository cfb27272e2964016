fn main() {
    let mut prices = vec![5, 12, 8];

    // First read: collect the new items while `prices` is only shared.
    let discounted: Vec<i32> = prices
        .iter()
        .filter(|price| **price > 10)
        .map(|price| price / 2)
        .collect();

    // Then write: the shared borrows have ended.
    prices.extend(discounted);

    println!("{prices:?}");
}
