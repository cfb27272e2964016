use std::collections::HashMap;

fn label<'c>(cache: &'c mut HashMap<u32, String>, id: u32) -> &'c String {
    if let Some(name) = cache.get(&id) {
        return name; // found: hand back the cached label
    }
    cache.insert(id, format!("item-{id}"));
    &cache[&id]
}

fn main() {
    let mut cache = HashMap::new();
    println!("{}", label(&mut cache, 7));
}
