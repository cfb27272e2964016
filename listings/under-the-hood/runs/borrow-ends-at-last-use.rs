fn main() {
    let mut names = vec![String::from("Ada"), String::from("Grace")];
    let first = &names[0];
    println!("first name: {first}"); // last use of `first`
    names.clear(); // no loan is live here

    let mut scores = vec![10, 20, 30, 40];
    let best = scores.iter().max().unwrap();
    if *best > 50 {
        println!("best is high: {best}"); // `best` used on this path
    } else {
        scores.push(50); // `best` is dead on this path
    }
    println!("{} names, scores {scores:?}", names.len());
}
