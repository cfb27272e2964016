struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    // 1. Forget a value: its destructor never runs, and the Box's
    //    heap block is never freed.
    let forgotten = Box::new(Noisy("forgotten"));
    std::mem::forget(forgotten);

    // 2. Leak a Box on purpose: you get a reference that lives
    //    until the process exits.
    let config: &'static mut Vec<&str> = Box::leak(Box::new(Vec::new()));
    config.push("verbose");
    println!("leaked config: {config:?}");

    let _normal = Noisy("normal");
    println!("end of main");
}
