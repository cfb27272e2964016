fn show<T: std::fmt::Debug>(value: T) {
    println!("showing {value:?}");
}

fn main() {
    let mut tags = vec![String::from("fast")];
    let handle = &mut tags;

    show(handle); // T = &mut Vec<String>: the reference moves
    handle.push(String::from("safe"));

    println!("{tags:?}");
}
