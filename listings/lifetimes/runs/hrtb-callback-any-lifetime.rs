// `for<'l>`: `visit` must accept a `&str` of every lifetime `'l`,
// however short. `impl FnMut(&str)` means exactly the same.
fn each_line<F>(input: &str, mut visit: F)
where
    F: for<'l> FnMut(&'l str),
{
    for raw in input.lines() {
        let line = raw.trim().to_lowercase();
        visit(&line);
    }
}

fn main() {
    let mut longest = 0;
    let mut lines = Vec::new();
    each_line("  Alpha\nbeta  \nGamma", |line| {
        longest = longest.max(line.len());
        lines.push(line.to_string()); // keep a copy, not the borrow
    });
    println!("longest line: {longest} bytes, lines {lines:?}");
}
