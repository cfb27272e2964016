fn show<T: std::fmt::Debug>(value: T) {
    println!("showing {value:?}");
}

fn main() {
    let mut tags = vec![String::from("fast")];
    let handle = &mut tags;

    show(&mut *handle); // lend a reborrow, keep `handle`
    handle.push(String::from("safe"));

    println!("{tags:?}");
}
