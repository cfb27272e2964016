// One lifetime per buffer: the result is promised to borrow `user` only.
fn setting<'u, 's>(user: &'u str, system: &'s str, key: &str) -> &'u str {
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
    println!("{}", setting(&user, &system, "shell"));
}
