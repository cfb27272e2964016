// The result points into `user` or into `system`; `key` is only read.
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
    let user = String::from("editor=vim");
    for key in ["editor", "shell"] {
        let value = setting(&user, &system, key);
        // Which heap buffer does the returned slice point into?
        let in_user = user.as_bytes().as_ptr_range().contains(&value.as_ptr());
        let owner = if in_user { "user" } else { "system" };
        println!("{key} = {value:?}, from {owner}'s buffer");
    }
}
