struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Noisy("a");
    let _ = a; // `_` binds nothing: `a` is not moved
    println!("after `let _ = a;`");

    let b = Noisy("b");
    let _b = b; // `_b` is a variable: `b` moves into it
    println!("after `let _b = b;`");

    let _ = Noisy("temporary"); // no owner: dropped at the `;`
    println!("end of main");
} // `_b` is dropped, then `a`
