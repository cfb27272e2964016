fn main() {
    let names = vec![String::from("Ada"), String::from("Grace")];

    let view: &[String] = &names; // a borrow: an address and a length
    let copy = names.clone(); // a clone of the vector and of every string

    let buffer = names.as_ptr();
    println!("view shares the buffer: {}", view.as_ptr() == buffer);
    println!("copy shares the buffer: {}", copy.as_ptr() == buffer);
    let ada = names[0].as_ptr();
    println!("copy shares \"Ada\": {}", copy[0].as_ptr() == ada);
}
