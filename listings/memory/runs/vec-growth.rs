use std::hint::black_box;

// Runs `snippet`, drops what it returns, and prints how many heap blocks
// that took. `counting` is at the end of the file.
fn measure<T>(label: &str, snippet: impl FnOnce() -> T) {
    let (allocs, frees) = counting::counts();
    drop(black_box(snippet())); // black_box: the optimizer must not skip it
    let (allocs_after, frees_after) = counting::counts();
    let allocs = allocs_after - allocs;
    let frees = frees_after - frees;
    println!("{label:<28} allocated {allocs}, freed {frees}");
}

// ANCHOR: main
fn main() {
    measure("push 100 onto Vec::new()", || {
        let mut v = Vec::new();
        for i in 0..100u64 {
            v.push(i);
        }
        v
    });
    measure("push 100 onto with_capacity", || {
        let mut v = Vec::with_capacity(100);
        for i in 0..100u64 {
            v.push(i);
        }
        v
    });
    measure("collect 100 from a range", || {
        (0..100u64).collect::<Vec<_>>()
    });
    measure("push 100 chars, no capacity", || {
        let mut s = String::new();
        for _ in 0..100 {
            s.push('x');
        }
        s
    });
}
// ANCHOR_END: main

// A global allocator that passes every request on to the system allocator,
// counting as it goes. The Under the hood chapter explains how it works.
mod counting {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

    static ALLOCS: AtomicUsize = AtomicUsize::new(0);
    static FREES: AtomicUsize = AtomicUsize::new(0);

    struct Counting;

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            ALLOCS.fetch_add(1, Relaxed);
            unsafe { System.alloc(layout) }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            FREES.fetch_add(1, Relaxed);
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    #[global_allocator]
    static GLOBAL: Counting = Counting;

    // How many blocks the program has allocated and freed so far.
    pub fn counts() -> (usize, usize) {
        (ALLOCS.load(Relaxed), FREES.load(Relaxed))
    }
}
