fn setting_name(setting: &str) -> &str {
    setting.split('=').next().unwrap_or("")
}

fn main() {
    let mut line = String::from("theme=dark");
    let name = setting_name(&line);

    // Reuse the buffer for the next setting.
    line.replace_range(.., "font=mono");

    println!("first setting: {name}, next line: {line}");
}
