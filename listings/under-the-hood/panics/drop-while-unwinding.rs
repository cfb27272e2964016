struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        eprintln!("drop {}", self.0);
    }
}

fn check(limit: u32) {
    let _guard = Noisy("guard in check");
    if limit > 2 {
        panic!("limit {limit} is too high");
    }
}

fn main() {
    let _outer = Noisy("outer");
    let _inner = Noisy("inner");
    check(3);
    eprintln!("never printed");
}
