fn main() {
    let mut scores = vec![70, 85, 92];
    let first = &scores[0]; // points into the vector's heap buffer

    scores.push(64); // may move the buffer to a bigger block

    println!("first: {first}");
}
