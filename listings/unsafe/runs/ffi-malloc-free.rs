use core::ffi::c_void;

unsafe extern "C" {
    fn malloc(size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

fn main() {
    let count = 4;
    // SAFETY: `malloc` may be called with any size; we check for null.
    let block = unsafe { malloc(count * size_of::<u16>()) }.cast::<u16>();
    assert!(!block.is_null(), "out of memory");
    for i in 0..count {
        // SAFETY: `i < count`, inside the block; `malloc`'s memory is
        // aligned for any ordinary type. `write` reads nothing first.
        unsafe { block.add(i).write(100 * (i as u16 + 1)) };
    }
    // SAFETY: all `count` elements were written just above.
    let ports = unsafe { std::slice::from_raw_parts(block, count) };
    println!("{ports:?}");
    // SAFETY: `block` came from `malloc` and is freed once, by `free`,
    // after the last use of `ports`.
    unsafe { free(block.cast()) };
}
