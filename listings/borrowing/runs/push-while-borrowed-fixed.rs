fn main() {
    let mut tickets = vec![101, 102, 103];

    let newest = *tickets.last().unwrap(); // a copy of the i32: no borrow
    tickets.push(104);

    println!("newest before the push: {newest}");
    println!("tickets: {tickets:?}");
}
