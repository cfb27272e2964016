fn transfer(balances: &mut [i32], from: usize, to: usize, amount: i32) {
    assert!(from < to, "this version needs from < to");
    // `left` is balances[..to], `right` is balances[to..]: two slices
    // that cannot overlap, so both may be mutable at once.
    let (left, right) = balances.split_at_mut(to);
    let from = &mut left[from];
    let to = &mut right[0];
    *from -= amount;
    *to += amount;
}

fn main() {
    let mut balances = vec![100, 50, 75];
    transfer(&mut balances, 0, 1, 30);
    transfer(&mut balances, 1, 2, 5);
    println!("{balances:?}");
}
