fn main() {
    let mut guests = vec![String::from("Ada"), String::from("Grace")];

    // Remember a position, not a reference: an index borrows nothing.
    let longest = (0..guests.len()).max_by_key(|&i| guests[i].len()).unwrap();
    guests.push(String::from("Barbara")); // push keeps old indices valid

    println!("longest name before Barbara came: {}", guests[longest]);
    println!("{} guests", guests.len());
}
