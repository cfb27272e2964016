fn main() {
    let mut tags = vec![
        String::from("rust"),
        String::new(),
        String::from("heap"),
        String::new(),
    ];
    // Remove the empty tags, one index at a time.
    for i in 0..tags.len() {
        if tags[i].is_empty() {
            tags.remove(i);
        }
    }
    eprintln!("kept {tags:?}");
}
