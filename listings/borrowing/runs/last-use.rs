fn main() {
    let mut names = vec![String::from("Ada"), String::from("Grace")];

    let first = &names[0]; // shared borrow of `names` starts
    println!("first: {first}"); // ... and ends here, at its last use

    names.push(String::from("Barbara")); // mutable borrow: no conflict

    let all = &mut names; // another mutable borrow starts
    all.sort();
    println!("sorted: {all:?}"); // ... and ends here

    println!("count: {}", names.len());
}
