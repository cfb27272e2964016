fn add_tag(tags: &mut Vec<String>, tag: &str) {
    tags.push(tag.to_string());
}

fn main() {
    let mut tags = Vec::new();
    let handle = &mut tags; // one mutable reference

    add_tag(handle, "fast"); // passes `&mut *handle`, a reborrow
    add_tag(handle, "safe"); // so `handle` is still usable here

    let inner = &mut *handle; // an explicit reborrow
    inner.push(String::from("fun"));
    // `inner` is not used again, so `handle` is usable once more
    handle.reverse();

    println!("{tags:?}");
}
