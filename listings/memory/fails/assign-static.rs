static VISITS: u32 = 0;

fn visit() {
    VISITS += 1;
}

fn main() {
    visit();
    visit();
    println!("{VISITS} visits");
}
