// A string literal is stored in the program's read-only static data.
static GREETING: &str = "hello";

fn pick(n: u8) -> &'static str {
    match n {
        0 => "zero",
        1 => GREETING,
        _ => "many",
    }
}

fn main() {
    let first = pick(0);
    let second = pick(1);
    // A leaked Box: a heap block nobody frees, so borrowing it for
    // 'static is sound even though it does not live in static data.
    let leaked: &'static mut Vec<u8> = Box::leak(Box::new(vec![1, 2, 3]));
    leaked.push(4);
    println!("{first} {second} {leaked:?}");
}
