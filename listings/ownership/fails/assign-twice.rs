fn main() {
    let label = String::from("draft");
    let sent = label; // label is moved-from now, but still not `mut`
    label = String::from("final");
    println!("sent {sent}, now {label}");
}
