fn main() {
    let mut score = String::from("0");
    let raw = &raw mut score; // the borrow checker does not track `raw`

    let home = unsafe { &mut *raw };
    let away = unsafe { &mut *raw };

    home.push_str(" home");
    away.push_str(" away");
    println!("{score}");
}
