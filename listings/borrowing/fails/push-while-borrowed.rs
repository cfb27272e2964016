fn main() {
    let mut tickets = vec![101, 102, 103];

    let newest = tickets.last().unwrap();
    tickets.push(104);

    println!("newest before the push: {newest}");
}
