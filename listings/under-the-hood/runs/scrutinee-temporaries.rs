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

    let mut i = 0;
    while list.lock().unwrap().len() > i {
        // the condition's guard was dropped before the body
        println!("in while body {i}: locked = {}", locked());
        i += 2;
    }

    let mut i = 0;
    while let Some(x) = list.lock().unwrap().get(i) {
        // the guard lives through the body, as in `if let`
        println!("in while-let body {x}: locked = {}", locked());
        i += 2;
    }
}
