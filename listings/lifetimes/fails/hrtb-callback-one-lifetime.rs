// Hands each line of `input`, trimmed and lowercased, to `visit`.
fn each_line<'a>(input: &str, mut visit: impl FnMut(&'a str)) {
    for raw in input.lines() {
        let line = raw.trim().to_lowercase(); // a String for this turn
        visit(&line);
    } // `line` is dropped here, at the end of every turn
}

fn main() {
    let mut longest = 0;
    each_line("  Alpha\nbeta  \nGamma", |line| {
        longest = longest.max(line.len());
    });
    println!("longest line: {longest} bytes");
}
