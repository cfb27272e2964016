fn main() {
    let scores = vec![70, 85, 92, 64];

    for wanted in [3, 4] {
        match scores.get(wanted) {
            Some(score) => println!("element {wanted}: {score}"),
            None => println!("element {wanted}: no such element"),
        }
    }
}
