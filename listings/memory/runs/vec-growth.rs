use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

static ALLOCS: AtomicUsize = AtomicUsize::new(0);
static FREES: AtomicUsize = AtomicUsize::new(0);

// Passes every request on to the system allocator, counting as it goes.
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

// Runs `f`, drops what it returns, and prints how many blocks that took.
fn measure<T>(label: &str, f: impl FnOnce() -> T) {
    let (allocs, frees) = (ALLOCS.load(Relaxed), FREES.load(Relaxed));
    drop(black_box(f())); // black_box: keep the optimizer from skipping it
    let allocs = ALLOCS.load(Relaxed) - allocs;
    let frees = FREES.load(Relaxed) - frees;
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
