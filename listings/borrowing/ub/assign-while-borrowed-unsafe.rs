fn main() {
    let mut level = 3;
    let raw: *const i32 = &level; // the borrow ends here
    let shown = unsafe { &*raw }; // a reference the checker cannot see

    level = 4;

    println!("shown: {}, level: {level}", *shown);
}
