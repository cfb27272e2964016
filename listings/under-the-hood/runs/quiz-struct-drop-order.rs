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

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair of {} and {}", self.left.0, self.right.0);
    }
}

fn main() {
    let _first = Noisy("first");
    let _pair = Pair {
        left: Noisy("left"),
        right: Noisy("right"),
    };
    let mut slot = Noisy("old");
    println!("slot holds {}", slot.0);
    slot = Noisy("new");
    println!("end of main, slot holds {}", slot.0);
}
