use std::sync::Arc;

fn main() {
    let mut scores = Arc::new(vec![10, 20]);

    // The only handle: get_mut hands out `&mut` to the shared value.
    Arc::get_mut(&mut scores).expect("unique").push(30);

    let snapshot = Arc::clone(&scores); // now two handles
    let got = Arc::get_mut(&mut scores).map(|v| v.len());
    println!("get_mut while shared: {got:?}");

    // make_mut sees a second handle, so it clones the vector first.
    Arc::make_mut(&mut scores).push(40);
    println!("scores {scores:?}, snapshot {snapshot:?}");
    println!("same block: {}", Arc::ptr_eq(&scores, &snapshot));
    let counts = (Arc::strong_count(&scores), Arc::strong_count(&snapshot));
    println!("strong counts: {counts:?}");

    // scores is unique again: make_mut changes it in place.
    let before = Arc::as_ptr(&scores);
    Arc::make_mut(&mut scores).push(50);
    println!("in place: {}", std::ptr::eq(before, Arc::as_ptr(&scores)));
}
