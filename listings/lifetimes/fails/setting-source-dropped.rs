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
    let mut editors = Vec::new();
    for name in ["ana", "bo"] {
        // This user's settings, built for one turn of the loop.
        let user = format!("editor={name}-vim");
        editors.push(setting(&user, &system, "editor"));
    } // `user` is dropped here, at the end of every turn
    println!("{editors:?}");
}
