fn each_line(text: &str, mut visit: impl FnMut(&str)) {
    for raw in text.lines() {
        let line = raw.trim().to_lowercase();
        visit(&line);
    }
}

fn main() {
    let mut kept: Vec<&str> = Vec::new();
    each_line(" Alpha\nBeta ", |line| kept.push(line));
    println!("{kept:?}");
}
