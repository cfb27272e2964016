use std::alloc::{GlobalAlloc, Layout, System};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

#[global_allocator]
static GLOBAL: Counting = Counting;
struct Counting;
// Number of allocations, number of frees, bytes requested.
static COUNTS: [AtomicUsize; 3] = [const { AtomicUsize::new(0) }; 3];

// SAFETY: we pass every request on to the system allocator unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        COUNTS[0].fetch_add(1, Relaxed);
        COUNTS[2].fetch_add(layout.size(), Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        COUNTS[1].fetch_add(1, Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

// Runs `work`; the counts are read before printing, which may allocate.
fn measure(label: &str, work: impl FnOnce()) {
    let before = COUNTS.each_ref().map(|c| c.load(Relaxed));
    work();
    let [a, f, b] = [0, 1, 2].map(|i| COUNTS[i].load(Relaxed) - before[i]);
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
        (0..5u64).for_each(|i| v.push(i));
    });
}
