use std::collections::BTreeMap;

fn counter<'m>(map: &'m mut BTreeMap<String, u32>, key: &str) -> &'m mut u32 {
    // Look up first, to avoid allocating a `String` for a known key.
    if let Some(count) = map.get_mut(key) {
        return count; // this borrow is returned to the caller...
    }
    // ...so the compiler keeps `*map` borrowed down here as well
    map.entry(key.to_string()).or_insert(0)
}

fn main() {
    let mut map = BTreeMap::new();
    *counter(&mut map, "heap") += 1;
    println!("{map:?}");
}
