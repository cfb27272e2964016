use std::fmt::Write;

// ANCHOR: solution
fn numbers_line(last: u32) -> String {
    // First pass: count the digits with arithmetic, which allocates nothing.
    let digits: usize = (1..=last).map(|n| n.ilog10() as usize + 1).sum();
    let commas = last.saturating_sub(1) as usize; // none if `last` is 0
    let mut line = String::with_capacity(digits + commas);
    for n in 1..=last {
        if n > 1 {
            line.push(',');
        }
        write!(line, "{n}").unwrap(); // writes into the reserved space
    }
    line
}

fn main() {
    let before = counting::allocations();
    let line = numbers_line(50);
    let allocs = counting::allocations() - before;
    println!("{} bytes, capacity {}", line.len(), line.capacity());
    println!("allocations: {allocs}");
}
// ANCHOR_END: solution

// The counting allocator of The heap page, counting allocations only.
mod counting {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

    static ALLOCS: AtomicUsize = AtomicUsize::new(0);

    struct Counting;

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            ALLOCS.fetch_add(1, Relaxed);
            unsafe { System.alloc(layout) }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    #[global_allocator]
    static GLOBAL: Counting = Counting;

    // How many blocks the program has allocated so far.
    pub fn allocations() -> usize {
        ALLOCS.load(Relaxed)
    }
}
