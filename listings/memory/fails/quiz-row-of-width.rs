// A row of dashes as wide as the title it underlines.
fn underline(title: &str) -> String {
    let width = title.len();
    let row = [b'-'; width];
    String::from_utf8(row.to_vec()).unwrap()
}

fn main() {
    println!("Report");
    println!("{}", underline("Report"));
}
