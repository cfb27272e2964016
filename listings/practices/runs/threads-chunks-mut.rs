use std::thread;

fn main() {
    let mut pixels = vec![10u8; 8];
    thread::scope(|s| {
        // `chunks_mut` hands out non-overlapping `&mut [u8]` slices:
        // each thread gets its own mutable borrow, and no two overlap.
        for (i, chunk) in pixels.chunks_mut(2).enumerate() {
            s.spawn(move || {
                for p in chunk {
                    *p += i as u8;
                }
            });
        }
    }); // every thread has finished here; the borrows are over
    println!("{pixels:?}");
}
