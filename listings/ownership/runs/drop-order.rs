// A value that prints a line when it is dropped, so you can watch it die.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _first = Noisy("first");
    let _second = Noisy("second");

    {
        let _inner = Noisy("inner");
        println!("end of the inner block");
    } // _inner goes out of scope here

    // `_` is not a variable: nothing owns this value, so it is
    // dropped at the end of this statement.
    let _ = Noisy("unnamed");

    let _third = Noisy("third");
    println!("end of main");
} // _third, _second and _first go out of scope here, in that order
