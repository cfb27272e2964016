use std::alloc::{Layout, alloc, dealloc, handle_alloc_error};

fn main() {
    let many = Layout::array::<u32>(5).unwrap();
    let fewer = Layout::array::<u32>(4).unwrap(); // a bug: 4, not 5

    unsafe {
        // SAFETY: `many` has a non-zero size.
        let block = alloc(many) as *mut u32;
        if block.is_null() {
            handle_alloc_error(many);
        }
        block.write(7);
        // SAFETY: none. The block was allocated with `many`.
        dealloc(block as *mut u8, fewer);
    }
}
