// A counter in static memory, declared `mut` so that it can change.
static mut VISITS: u32 = 0;

fn visit() {
    VISITS += 1;
}

fn main() {
    visit();
    visit();
    println!("visited twice");
}
