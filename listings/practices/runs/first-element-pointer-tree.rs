// The same program as first-element-pointer.rs, checked under Tree Borrows.
//@ miri-flags: -Zmiri-tree-borrows
fn main() {
    let mut balances = [100, 50, 75];
    // A raw pointer made from a reference to the first element only.
    // `pair_unchecked_mut` instead calls `as_mut_ptr` on the slice.
    let base: *mut i32 = &mut balances[0];
    // SAFETY: index 2 is inside the array. Whether it is inside what
    // `base` may reach is where the two aliasing models disagree.
    let last = unsafe { &mut *base.add(2) };
    *last += 25;
    println!("{balances:?}");
}
