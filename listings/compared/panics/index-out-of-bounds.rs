fn main() {
    let scores = vec![70, 85, 92, 64];
    let wanted = scores.len(); // one past the last element

    eprintln!("reading element {wanted}");
    let score = scores[wanted]; // checked at run time
    eprintln!("score: {score}");
}
