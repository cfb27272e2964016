struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

fn pick(first: bool) -> Vec<Noisy> {
    let a = Noisy("a");
    let b = Noisy("b");
    let mut kept = Vec::new();
    if first {
        kept.push(a); // `a` moved on this path...
    } else {
        kept.push(b); // ...`b` on this one: two drop flags
    }
    println!("  leaving pick");
    kept
} // drops whichever of `b` and `a` is still here (`b` first)

fn main() {
    for first in [true, false] {
        println!("pick({first}):");
        let kept = pick(first);
        println!("  kept {}", kept[0].0);
    } // `kept` is dropped at the end of each iteration
}
