// `mem::forget` takes a value and never runs its clean-up.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

fn main() {
    let _kept = Noisy("kept");
    let forgotten = Noisy("forgotten");
    std::mem::forget(forgotten);
    println!("end of main");
}
