// A shared view may see the strings as shorter-lived: accepted.
fn shared_view<'a>(v: &'a Vec<&'static str>) -> &'a Vec<&'a str> {
    v
}

// A mutable view may not: if it could, it could store one.
fn mut_view<'a>(v: &'a mut Vec<&'static str>) -> &'a mut Vec<&'a str> {
    v
}

fn main() {
    let mut colors: Vec<&'static str> = vec!["red", "green"];
    println!("{:?}", shared_view(&colors));
    let custom = String::from("teal");
    mut_view(&mut colors).push(&custom); // a borrow of a local
    drop(custom); // frees the bytes "teal"
    let all: &Vec<&'static str> = &colors;
    println!("{all:?}"); // would read freed memory
}
