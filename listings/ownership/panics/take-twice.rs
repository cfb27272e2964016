fn main() {
    let mut prize = Some(String::from("golden ticket"));

    let first = prize.take().expect("the prize should still be there");
    eprintln!("the first winner gets the {first}");

    // prize is None now, so expect panics with its message.
    let second = prize.take().expect("the prize should still be there");
    eprintln!("the second winner gets the {second}");
}
