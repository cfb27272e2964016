fn setting<'a>(user: &'a str, system: &'a str, key: &str) -> &'a str {
    for line in user.lines().chain(system.lines()) {
        if let Some((name, value)) = line.split_once('=')
            && name == key
        {
            return value;
        }
    }
    ""
}

fn main() {
    let system = String::from("editor=nano\nshell=sh");

    // Fix 1: the texts get an owner that outlives the results.
    let users: Vec<String> = ["ana", "bo"]
        .iter()
        .map(|name| format!("editor={name}-vim"))
        .collect();
    let mut editors = Vec::new();
    for user in &users {
        editors.push(setting(user, &system, "editor"));
    }
    println!("{editors:?}");

    // Fix 2: each result is copied into a String of its own.
    let mut copies: Vec<String> = Vec::new();
    for name in ["ana", "bo"] {
        let user = format!("editor={name}-vim");
        copies.push(setting(&user, &system, "editor").to_string());
    }
    println!("{copies:?}");
}
