use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

// A global allocator that counts allocations, then lets the system
// allocator do the work.
struct Counting;
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: we pass on the caller's promise about `layout`.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

// ANCHOR: measure
fn total_len_owned(names: Vec<String>) -> usize {
    names.iter().map(|n| n.len()).sum()
}

fn total_len(names: &[String]) -> usize {
    names.iter().map(|n| n.len()).sum()
}

fn main() {
    let names = vec![
        String::from("Ada"),
        String::from("Grace"),
        String::from("Barbara"),
    ];

    let before = ALLOCATIONS.load(Ordering::Relaxed);
    let a = total_len_owned(names.clone()); // clone to keep `names`
    let middle = ALLOCATIONS.load(Ordering::Relaxed);
    let b = total_len(&names); // lend instead
    let after = ALLOCATIONS.load(Ordering::Relaxed);

    println!("clone and pass: {a} bytes, {} allocations", middle - before);
    println!("borrow:         {b} bytes, {} allocations", after - middle);
}
// ANCHOR_END: measure
