fn main() {
    let mut stock = vec![("rope", 0), ("lamp", 3), ("map", 0), ("axe", 1)];
    for (i, (_, count)) in stock.iter().enumerate() {
        if *count == 0 {
            stock[i].1 = 5; // restock an empty item
        }
    }
    println!("{stock:?}");
}
