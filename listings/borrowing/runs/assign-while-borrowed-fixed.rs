fn main() {
    let mut level = 3;
    let shown = level; // a copy of the i32, not a borrow

    level = 4;

    println!("shown: {shown}, level: {level}");
}
