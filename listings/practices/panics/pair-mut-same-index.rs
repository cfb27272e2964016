/// Returns mutable references to two different elements of `slice`,
/// without checking anything.
///
/// # Safety
///
/// `i` and `j` must both be less than `slice.len()`, and `i != j`.
/// Otherwise the result points outside the slice, or both references
/// point to the same element, which is undefined behaviour.
unsafe fn pair_unchecked_mut<T>(
    slice: &mut [T],
    i: usize, // must be in bounds
    j: usize, // must be in bounds, and not equal to `i`
) -> (&mut T, &mut T) {
    let base = slice.as_mut_ptr();
    // SAFETY: the caller promises `i` and `j` are in bounds, so both
    // pointers stay inside the slice's allocation; and `i != j`, so
    // the two references never overlap.
    unsafe { (&mut *base.add(i), &mut *base.add(j)) }
}

/// The safe face of `pair_unchecked_mut`: it checks the contract
/// itself, and panics instead of letting a caller break it.
fn pair_mut<T>(slice: &mut [T], i: usize, j: usize) -> (&mut T, &mut T) {
    assert!(i != j, "pair_mut: i and j are both {i}");
    assert!(
        i < slice.len() && j < slice.len(),
        "pair_mut: out of bounds"
    );
    // SAFETY: the two assertions above are exactly the contract.
    unsafe { pair_unchecked_mut(slice, i, j) }
}

// ANCHOR: main
fn main() {
    let mut balances = vec![100, 50, 75];
    let from_account = 1;
    let to_account = 1; // a bug in the caller
    let (from, to) = pair_mut(&mut balances, from_account, to_account);
    *from -= 25;
    *to += 25;
    eprintln!("not reached: {balances:?}");
}
// ANCHOR_END: main
