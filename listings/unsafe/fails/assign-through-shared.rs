/// A counter that "needs" no `mut`: the mistake `UnsafeCell` exists to prevent.
struct Hits {
    count: u32,
}

impl Hits {
    fn record(&self) {
        let place: *const u32 = &self.count;
        // SAFETY: none. The memory is reached through `&self`, and it
        // is not inside an `UnsafeCell`, so it must not change.
        unsafe { *place.cast_mut() += 1 };
    }
}

fn main() {
    let hits = Hits { count: 0 };
    hits.record();
    println!("count = {}", hits.count);
}
