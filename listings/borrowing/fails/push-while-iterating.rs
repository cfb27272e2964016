fn main() {
    let mut prices = vec![5, 12, 8];

    for price in &prices {
        if *price > 10 {
            prices.push(price / 2); // add a discounted copy
        }
    }

    println!("{prices:?}");
}
