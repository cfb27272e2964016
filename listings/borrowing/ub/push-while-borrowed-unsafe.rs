fn main() {
    let mut tickets = vec![101, 102, 103];

    let last: *const i32 = tickets.last().unwrap(); // the borrow ends here
    let newest = unsafe { &*last }; // a reference the checker cannot see
    tickets.push(104);

    println!("newest before the push: {}", *newest);
}
