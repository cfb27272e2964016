// `scores[..]` names every element of the vector, as a slice.
fn main() {
    let scores = vec![90u32, 85, 77];
    let all = scores[..];
    println!("{} scores", all.len());
}
