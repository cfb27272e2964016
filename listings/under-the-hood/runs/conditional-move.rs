struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

fn consume(n: Noisy) {
    println!("  consume {}", n.0);
} // `n` is dropped here, inside `consume`

fn maybe_move(go: bool) {
    let ticket = Noisy("ticket");
    if go {
        consume(ticket); // moved on this path only
    }
    println!("  end of maybe_move");
} // drop `ticket` here only if it was not moved

fn main() {
    println!("maybe_move(true):");
    maybe_move(true);
    println!("maybe_move(false):");
    maybe_move(false);
}
//@ mir: maybe_move
