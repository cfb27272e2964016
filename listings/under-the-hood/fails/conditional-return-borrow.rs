use std::collections::HashMap;

fn name_of(names: &mut HashMap<u32, String>, id: u32) -> &String {
    if let Some(name) = names.get(&id) {
        return name; // this loan must outlive the call...
    }
    // ...so NLL thinks it is still live here, on the other path
    names.insert(id, format!("user{id}"));
    &names[&id]
}

fn main() {
    let mut names = HashMap::new();
    println!("{}", name_of(&mut names, 7));
}
