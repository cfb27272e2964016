fn make_point() -> [i32; 2] {
    let point = [3, 4];
    point // the 8 bytes are copied into the caller's frame
}

fn make_label() -> String {
    let label = String::from("origin");
    label // the String moves out; its heap buffer stays where it is
}

fn main() {
    let p = make_point();
    let l = make_label();
    println!("{l}: {p:?}");
}
