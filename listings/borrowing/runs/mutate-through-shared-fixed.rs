fn sign(letter: &mut String, name: &str) {
    letter.push_str(name);
}

fn main() {
    let mut letter = String::from("Dear reader, ");
    sign(&mut letter, "Ferris");
    println!("{letter}");
}
