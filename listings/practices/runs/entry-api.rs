use std::collections::BTreeMap;

fn counter<'m>(map: &'m mut BTreeMap<String, u32>, key: &str) -> &'m mut u32 {
    map.entry(key.to_string()).or_insert(0)
}

fn main() {
    let text = "the stack and the heap and the allocator";
    let mut map = BTreeMap::new();
    for word in text.split(' ') {
        *counter(&mut map, word) += 1;
    }
    println!("{map:?}");
}
