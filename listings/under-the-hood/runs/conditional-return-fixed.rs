use std::collections::HashMap;

fn name_of(names: &mut HashMap<u32, String>, id: u32) -> &String {
    if !names.contains_key(&id) {
        names.insert(id, format!("user{id}"));
    }
    &names[&id] // the only loan that is returned
}

fn name_of_entry(names: &mut HashMap<u32, String>, id: u32) -> &String {
    names.entry(id).or_insert_with(|| format!("user{id}"))
}

fn main() {
    let mut names = HashMap::new();
    println!("{}", name_of(&mut names, 7));
    println!("{}", name_of_entry(&mut names, 8));
    println!("{}", name_of(&mut names, 8));
}
