use std::cell::RefCell;

fn main() {
    let basket = RefCell::new(vec!["apple"]);
    let contents = basket.borrow();
    eprintln!("first: {}", contents[0]);
    // The line above is the last use of `contents`.
    basket.borrow_mut().push("pear");
    eprintln!("{} items", basket.borrow().len());
}
