// Each call of `countdown` has a frame of its own, with its own `label`.
fn countdown(n: u32) {
    let label = n * 10;
    if n > 0 {
        countdown(n - 1);
    }
    println!("frame {n}: label = {label}");
}

fn main() {
    countdown(2);
}
