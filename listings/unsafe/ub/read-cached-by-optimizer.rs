// `seen` is a shared reference: while this call runs, nothing may change
// the value it points to. `writer` points to the same value anyway.
#[inline(never)]
fn count_change(seen: &u32, writer: *mut u32) -> u32 {
    let before = *seen;
    // SAFETY: none. `writer` aliases `seen`, which forbids any write.
    unsafe { *writer += 1 };
    let after = *seen;
    after - before
}

fn main() {
    let mut visits = 41;
    let writer = &raw mut visits;
    // SAFETY: none; see `count_change`.
    let changed = count_change(unsafe { &*writer }, writer);
    println!("changed by {changed}, now {visits}");
}

//@ native-run
