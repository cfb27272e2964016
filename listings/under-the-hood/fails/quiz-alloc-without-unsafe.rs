use std::alloc::{Layout, alloc, dealloc};

fn main() {
    let layout = Layout::new::<u64>();
    // The same layout is used to allocate and to free, exactly once.
    let block = alloc(layout) as *mut u64;
    if !block.is_null() {
        unsafe {
            block.write(42);
            println!("stored {}", block.read());
            dealloc(block as *mut u8, layout);
        }
    }
}
