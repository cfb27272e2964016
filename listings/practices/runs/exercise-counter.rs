use std::collections::BTreeMap;

fn counter<'m>(map: &'m mut BTreeMap<String, u32>, key: &str) -> &'m mut u32 {
    // `contains_key` returns a `bool`: its borrow of `*map` ends at once,
    // so nothing is borrowed when the function picks a branch.
    if !map.contains_key(key) {
        map.insert(key.to_string(), 0); // the only allocation of a key
    }
    map.get_mut(key).unwrap()
}

fn main() {
    let mut map = BTreeMap::new();
    for word in "to be or not to be".split(' ') {
        *counter(&mut map, word) += 1;
    }
    println!("{map:?}");
}
