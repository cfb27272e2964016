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

fn main() {
    let mut balances = vec![100, 50, 75];
    // SAFETY: none. The two indices are equal, breaking the contract.
    let (from, to) = unsafe { pair_unchecked_mut(&mut balances, 1, 1) };
    *from -= 25;
    *to += 25;
    println!("{balances:?}");
}
