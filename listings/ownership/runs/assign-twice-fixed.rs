fn main() {
    // `mut`: the variable may be given a value again.
    let mut label = String::from("draft");
    let sent = label;
    label = String::from("final");
    println!("sent {sent}, now {label}");

    // Without `mut`, a variable declared without a value gets one value,
    // once, on whichever path the program takes.
    let status;
    if sent.len() > 3 {
        status = "long";
    } else {
        status = "short";
    }
    println!("{sent} is {status}");
}
