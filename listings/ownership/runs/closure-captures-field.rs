use std::mem::size_of_val;

struct Order {
    customer: String,
    items: Vec<String>,
}

fn main() {
    let order = Order {
        customer: String::from("Ada"),
        items: vec![String::from("tea"), String::from("scones")],
    };
    println!("an Order is {} bytes", size_of_val(&order));

    // Reads one field: captures a reference to `order.customer` only.
    let greet = || println!("hello, {}", order.customer);
    println!("greet holds {} bytes", size_of_val(&greet));
    greet();

    // `move`, but the body names only `order.items`: that field moves
    // into the closure, and `order.customer` stays where it is.
    let count = move || order.items.len();
    println!("count holds {} bytes", size_of_val(&count));

    println!("{} items for {}", count(), order.customer);
}
