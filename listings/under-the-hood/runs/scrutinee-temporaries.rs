use std::sync::Mutex;

fn main() {
    let list = Mutex::new(vec![1, 2, 3]);
    // `try_lock` fails while a guard from `lock()` is still alive.
    let locked = || list.try_lock().is_err();

    let len = list.lock().unwrap().len(); // guard dropped at the `;`
    println!("after let: locked = {}", locked());

    match list.lock().unwrap().len() {
        n => println!("in match arm {n}: locked = {}", locked()),
    } // the guard lives until the end of the whole `match`

    if let Some(x) = list.lock().unwrap().first() {
        println!("in if-let {x}: locked = {}", locked());
    }

    if let Some(x) = list.lock().unwrap().get(len) {
        println!("found {x}");
    } else {
        // edition 2024: the guard is dropped before `else`
        println!("in else: locked = {}", locked());
    }
}
