fn main() {
    let reading = Box::new(21.5f64);
    let p: *const f64 = &*reading;
    drop(reading);
    // SAFETY: claimed: only the address is printed, nothing is read.
    let r: &f64 = unsafe { &*p };
    println!("it was at {r:p}");
}
