fn setting_name(setting: &str) -> &str {
    setting.split('=').next().unwrap_or("")
}

fn main() {
    let mut line = String::from("theme=dark");
    let name = setting_name(&line).to_string(); // an owned copy of the name

    // Reuse the buffer for the next setting.
    line.replace_range(.., "font=mono");

    println!("first setting: {name}, next line: {line}");
}
