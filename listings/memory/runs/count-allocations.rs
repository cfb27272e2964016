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

fn main() {
    measure("[u64; 512] on the stack", || [7u64; 512]);
    measure("Box::new(7u64)", || Box::new(7u64));
    measure("String::from(\"hello\")", || String::from("hello"));
    measure("String::new()", String::new);
    measure("vec![String::new(); 3]", || vec![String::new(); 3]);
    measure("clone of vec![\"a\", \"b\"]", || {
        let v = vec![String::from("a"), String::from("b")];
        v.clone()
    });
}
