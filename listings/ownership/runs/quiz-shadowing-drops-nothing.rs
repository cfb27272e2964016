// Shadowing hides a variable; it does not end its value.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

fn main() {
    let guard = Noisy("first");
    println!("holding {}", guard.0);
    let guard = Noisy("second");
    println!("holding {}", guard.0);
}
