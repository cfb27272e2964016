// The signature names a lifetime for the result. Does that keep
// `label` alive for the caller?
fn badge<'a>(id: &'a u32) -> &'a str {
    let label = format!("user #{id}");
    &label
}

fn main() {
    let id = 7;
    println!("{}", badge(&id));
}
