use std::sync::Mutex;

// Hand out the first name without copying it.
fn first_name(names: &Mutex<Vec<String>>) -> &str {
    let guard = names.lock().unwrap();
    &guard[0]
}

fn main() {
    let names = Mutex::new(vec![String::from("Ada"), String::from("Grace")]);
    println!("{}", first_name(&names));
}
