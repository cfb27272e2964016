struct Order {
    id: u32,
    customer: String,
    items: Vec<String>,
}

fn main() {
    let order = Order {
        id: 7,
        customer: String::from("Ada"),
        items: vec![String::from("tea"), String::from("scones")],
    };

    let customer = order.customer; // moves this one field out

    // The fields that did not move are still initialized and usable.
    println!("order {} has {} items", order.id, order.items.len());
    println!("customer: {customer}");
} // drops customer, then order.items; order.customer has nothing to drop
