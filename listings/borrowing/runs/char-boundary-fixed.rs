fn main() {
    let city = String::from("Zürich");

    // `get` returns None instead of panicking.
    println!("{:?}", city.get(..2));
    println!("{:?}", city.get(..3));

    // Find the byte where the second char ends, then slice there.
    let end = city.char_indices().nth(2).map_or(city.len(), |(i, _)| i);
    println!("first two chars: {}", &city[..end]);
}
