use std::cell::RefCell;

fn main() {
    let shelf = RefCell::new(vec![String::from("dune")]);

    {
        // borrow_mut returns a RefMut guard; the borrow lasts as long as it.
        let mut books = shelf.borrow_mut();
        books.push(String::from("emma"));
    } // the guard is dropped: the RefCell is free again

    let reader = shelf.borrow(); // a Ref guard: shared access
    let second_reader = shelf.borrow(); // any number of shared borrows
    println!("{} and {} books", reader.len(), second_reader.len());

    // While a Ref exists, a mutable borrow is refused at run time.
    match shelf.try_borrow_mut() {
        Ok(_) => println!("try_borrow_mut: ok"),
        Err(err) => println!("try_borrow_mut: {err}"),
    }

    drop(reader);
    drop(second_reader);
    match shelf.try_borrow_mut() {
        Ok(mut books) => {
            books.push(String::from("ulysses"));
            println!("try_borrow_mut: ok, {} books", books.len());
        }
        Err(err) => println!("try_borrow_mut: {err}"),
    }
}
