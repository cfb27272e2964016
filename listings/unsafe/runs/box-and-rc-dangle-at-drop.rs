use std::rc::Rc;

fn main() {
    let boxed: Box<&String>;
    let shared: Rc<&String>;
    let draft = String::from("draft 3");
    boxed = Box::new(&draft);
    shared = Rc::new(&draft);
    println!("{boxed}, {shared}");
} // `draft` is dropped first; `shared` and `boxed` still point to it
