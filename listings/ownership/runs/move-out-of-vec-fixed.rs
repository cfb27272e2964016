fn main() {
    let mut names = vec![
        String::from("Ada"),
        String::from("Grace"),
        String::from("Alan"),
        String::from("Barbara"),
    ];

    // Borrow the element: nothing moves.
    let first = &names[0];
    println!("borrowed: {first}");

    // Clone it: a new String with its own buffer.
    let copy = names[1].clone();
    println!("cloned: {copy}");

    // Take it: the String moves out, an empty one stays in its slot.
    let taken = std::mem::take(&mut names[2]);
    println!("taken: {taken}, now {names:?}");

    // Remove it: the Vec gives up the slot, shifting the rest left.
    let removed = names.remove(0);
    println!("removed: {removed}, now {names:?}");

    // Consume the Vec: the loop moves each String out in turn.
    for name in names {
        println!("owned: {name:?}");
    }
}
