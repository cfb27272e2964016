fn setting_name(setting: &str) -> &str {
    match setting.find('=') {
        Some(end) => &setting[..end], // bytes 0 up to, not including, `end`
        None => setting,
    }
}

fn main() {
    let line = String::from("theme=dark");

    let name = setting_name(&line); // &String coerces to &str
    let value = &line[6..]; // bytes 6 to the end
    println!("name: {name:?}, value: {value:?}");

    let flag = setting_name("verbose"); // a &str into static data
    println!("flag: {flag:?}");

    println!("&str is {} bytes", size_of::<&str>());
    println!("&String is {} bytes", size_of::<&String>());
}
