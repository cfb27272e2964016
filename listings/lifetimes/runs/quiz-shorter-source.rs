fn setting<'a>(user: &'a str, system: &'a str, key: &str) -> &'a str {
    for line in user.lines().chain(system.lines()) {
        let value = line.strip_prefix(key).and_then(|r| r.strip_prefix('='));
        if let Some(value) = value {
            return value;
        }
    }
    ""
}

fn main() {
    let system = String::from("shell=sh\neditor=nano");
    {
        // `user` lives for this block only; `system` for all of `main`.
        let user = String::from("editor=vim");
        let editor = setting(&user, &system, "editor");
        println!("editor: {editor}");
    }
    println!("system text still has {} bytes", system.len());
}
