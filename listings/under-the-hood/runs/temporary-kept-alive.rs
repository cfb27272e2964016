fn shout(word: &str) -> String {
    word.to_uppercase()
}

fn main() {
    // Fix 1: give the String an owner of its own.
    let owned = shout("hey");
    let loud: &str = owned.as_str();
    println!("{loud}");

    // Fix 2: `let x = &temporary;` extends the temporary's life
    // to the end of the block.
    let extended: &String = &shout("ho");
    println!("{extended}");

    // Fix 3: use the temporary within the statement.
    println!("{}", shout("hi").as_str());
}
