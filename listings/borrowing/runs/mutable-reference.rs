fn sign(letter: &mut String, name: &str) {
    letter.push_str("\n  -- ");
    letter.push_str(name);
}

fn bump(counter: &mut u32) {
    *counter += 1; // `*` reaches the u32 the reference points to
}

fn main() {
    let mut letter = String::from("Dear reader,");
    sign(&mut letter, "Ferris");
    println!("{letter}");

    let mut visits = 0;
    bump(&mut visits);
    bump(&mut visits);
    println!("visits: {visits}");
}
