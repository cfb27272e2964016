fn main() {
    let mut score = String::from("0");

    let home = &mut score;
    let away = &mut score;

    home.push_str(" home");
    away.push_str(" away");
    println!("{score}");
}
