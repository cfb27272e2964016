struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    left: Noisy,
    right: Noisy,
}

// The struct's own drop runs first, while every field is still intact.
impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop Pair({}, {})", self.left.0, self.right.0);
    }
}

fn main() {
    // The fields are written right first, but declared left first.
    let _pair = Pair {
        right: Noisy("right"),
        left: Noisy("left"),
    };
    let _tuple = (Noisy("tuple.0"), Noisy("tuple.1"));
    let _array = [Noisy("array[0]"), Noisy("array[1]")];
    println!("end of main");
}
