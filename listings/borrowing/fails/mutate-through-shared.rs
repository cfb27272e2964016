fn sign(letter: &String, name: &str) {
    letter.push_str(name);
}

fn main() {
    let letter = String::from("Dear reader, ");
    sign(&letter, "Ferris");
    println!("{letter}");
}
