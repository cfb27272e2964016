use std::alloc::{Layout, alloc, dealloc, handle_alloc_error};

fn main() {
    let one = Layout::new::<u64>();
    println!("u64: size {}, align {}", one.size(), one.align());
    let many = Layout::array::<u32>(5).unwrap();
    println!("[u32; 5]: size {}, align {}", many.size(), many.align());

    // SAFETY: `many` has a non-zero size. The block is written
    // before it is read, and freed once, with the same layout.
    unsafe {
        let block = alloc(many) as *mut u32;
        if block.is_null() {
            handle_alloc_error(many);
        }
        for i in 0..5 {
            block.add(i).write(i as u32 * 10);
        }
        let last = block.add(4).read();
        println!("last element: {last}");
        dealloc(block as *mut u8, many);
    }

    // A layout must have a power-of-two alignment.
    let bad = Layout::from_size_align(8, 3);
    println!("size 8, align 3 rejected: {}", bad.is_err());
}
