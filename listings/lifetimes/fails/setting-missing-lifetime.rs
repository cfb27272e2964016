// The value of `key` in the user's settings, or else in the system's.
fn setting(user: &str, system: &str, key: &str) -> &str {
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
    let user = String::from("editor=vim");
    println!("{}", setting(&user, &system, "editor"));
}
