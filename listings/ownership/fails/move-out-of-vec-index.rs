fn main() {
    let names = vec![
        String::from("Ada"),
        String::from("Grace"),
        String::from("Alan"),
    ];
    let first = names[0];
    println!("first: {first}");
}
