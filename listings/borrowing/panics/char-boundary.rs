fn main() {
    let city = String::from("Zürich");
    eprintln!("{} chars, {} bytes", city.chars().count(), city.len());

    let ok = &city[..1]; // "Z" is one byte
    eprintln!("first byte: {ok}");

    let broken = &city[..2]; // 'ü' takes bytes 1 and 2
    eprintln!("first two bytes: {broken}");
}
