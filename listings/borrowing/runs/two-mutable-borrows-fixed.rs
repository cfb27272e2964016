fn main() {
    let mut score = String::from("0");

    let home = &mut score;
    home.push_str(" home"); // last use of `home`: its borrow ends here

    let away = &mut score; // so a new mutable borrow may start
    away.push_str(" away");

    println!("{score}");
}
