use std::alloc::{GlobalAlloc, Layout, System};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static ALLOCS: AtomicUsize = AtomicUsize::new(0);
static FREES: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);

// SAFETY: we pass every request on to the system allocator unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Relaxed);
        BYTES.fetch_add(layout.size(), Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        FREES.fetch_add(1, Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

// Runs `work` and reports what it asked of the allocator. The
// counts are read before printing, since printing may allocate.
fn measure(label: &str, work: impl FnOnce()) {
    let (a, f, b) = (
        ALLOCS.load(Relaxed),
        FREES.load(Relaxed),
        BYTES.load(Relaxed),
    );
    work();
    let a = ALLOCS.load(Relaxed) - a;
    let f = FREES.load(Relaxed) - f;
    let b = BYTES.load(Relaxed) - b;
    println!("{label:<26} allocs {a}, frees {f}, bytes {b}");
}

fn main() {
    measure("Box::new(7u64)", || drop(Box::new(7u64)));
    measure("Box::new(())", || drop(Box::new(())));
    measure("String::from(\"hello\")", || drop(String::from("hello")));
    measure("Rc::new(7u64)", || drop(Rc::new(7u64)));
    measure("Vec::<u64>::new()", || drop(Vec::<u64>::new()));
    measure("Vec::with_capacity(5)", || {
        drop(Vec::<u64>::with_capacity(5))
    });
    measure("5 pushes onto Vec::new()", || {
        let mut v = Vec::new();
        for i in 0..5u64 {
            v.push(i);
        }
    });
}
