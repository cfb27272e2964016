fn main() {
    let in_box: Box<&String>;
    let in_vec: Vec<&String>;
    let draft = String::from("draft 3");
    in_box = Box::new(&draft);
    in_vec = vec![&draft, &draft];
    println!("{in_box}, {} copies", in_vec.len());
} // `draft` is dropped first; `in_vec` and `in_box` still point to it
