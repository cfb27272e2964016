fn main() {
    let mut level = 3;
    let shown = &level;

    level = 4;

    println!("shown: {shown}, level: {level}");
}
