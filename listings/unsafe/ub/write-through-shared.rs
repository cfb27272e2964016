/// Adds one to the number `place` points to.
///
/// # Safety
///
/// `place` must be valid for reads and writes, and allowed to write.
unsafe fn add_one(place: *mut u32) {
    // SAFETY: the caller promises `place` may be written.
    unsafe { *place += 1 }
}

struct Hits {
    count: u32,
}

impl Hits {
    fn record(&self) {
        let place: *const u32 = &self.count;
        // SAFETY: none. `place` comes from `&self`, and `count` is not
        // inside an `UnsafeCell`, so it is not allowed to write.
        unsafe { add_one(place.cast_mut()) };
    }
}

fn main() {
    let hits = Hits { count: 0 };
    hits.record();
    println!("count = {}", hits.count);
}

//@ native-run
