fn main() {
    let mut balances = vec![100, 50, 75];
    let from = &mut balances[0];
    let to = &mut balances[1];
    *from -= 30;
    *to += 30;
    println!("{balances:?}");
}
