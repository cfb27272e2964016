// `'s: 'u` reads "'s outlives 'u": a slice of `system` is usable for
// all of `'u`, so it may be returned as a `&'u str`.
fn setting<'u, 's: 'u>(user: &'u str, system: &'s str, key: &str) -> &'u str {
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
