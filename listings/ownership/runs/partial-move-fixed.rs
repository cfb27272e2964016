struct Order {
    id: u32,
    customer: String,
    items: Vec<String>,
}

fn archive(order: Order) {
    println!("archived order {} for {}", order.id, order.customer);
    println!("({} items)", order.items.len());
}

fn main() {
    let mut order = Order {
        id: 7,
        customer: String::from("Ada"),
        items: vec![String::from("tea"), String::from("scones")],
    };

    let customer = order.customer;
    println!("customer: {customer}");

    // Put a value back into the moved field: order is whole again.
    order.customer = String::from("Grace");
    archive(order);
}
