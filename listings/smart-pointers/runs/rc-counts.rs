use std::rc::Rc;

fn main() {
    // One heap block: the two counts, then the String's three words.
    let playlist = Rc::new(String::from("road trip songs"));
    println!("after new:   strong = {}", Rc::strong_count(&playlist));

    // clone copies the pointer and adds 1 to the strong count.
    let alice = Rc::clone(&playlist);
    let bob = Rc::clone(&playlist);
    println!("after clone: strong = {}", Rc::strong_count(&playlist));
    println!("same block:  {}", Rc::ptr_eq(&alice, &bob));

    drop(playlist);
    println!("after drop:  strong = {}", Rc::strong_count(&alice));
    println!("alice reads: {alice}");

    {
        let _carol = Rc::clone(&bob);
        println!("in block:    strong = {}", Rc::strong_count(&bob));
    }
    println!("after block: strong = {}", Rc::strong_count(&bob));
} // bob, then alice: the count reaches 0 and the String is freed
