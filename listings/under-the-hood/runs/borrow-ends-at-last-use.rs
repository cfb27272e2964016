fn main() {
    let mut scores = vec![10, 20, 30];

    let first = &scores[0];
    println!("first score: {first}"); // last use of `first`
    scores.push(40); // no loan is live here

    let best = scores.iter().max().unwrap();
    if *best > 50 {
        println!("best is high: {best}"); // `best` used on this path
    } else {
        scores.push(50); // `best` is dead on this path
    }
    println!("{scores:?}");
}
