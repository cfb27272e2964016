fn main() {
    let mut guests = vec![String::from("Ada"), String::from("Grace")];

    let longest = guests.iter().max_by_key(|name| name.len()).unwrap();
    guests.push(String::from("Barbara"));

    println!("longest name before Barbara came: {longest}");
    println!("{} guests", guests.len());
}
