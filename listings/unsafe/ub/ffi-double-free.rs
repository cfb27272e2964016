use core::ffi::c_void;

unsafe extern "C" {
    fn malloc(size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

/// A block from C's `malloc`, freed with C's `free` when dropped.
struct CBlock(*mut c_void);

impl Drop for CBlock {
    fn drop(&mut self) {
        // SAFETY: the pointer came from `malloc` and is owned by `self`.
        unsafe { free(self.0) };
    }
}

// Stands for a C function whose documentation says: "takes ownership
// of `buf` and frees it when done".
unsafe extern "C" fn send_and_release(buf: *mut c_void) {
    println!("sent, now freeing");
    // SAFETY: by its contract, this function owns `buf`.
    unsafe { free(buf) };
}

fn main() {
    // SAFETY: any size may be asked for.
    let block = CBlock(unsafe { malloc(64) });
    assert!(!block.0.is_null());
    unsafe { send_and_release(block.0) }; // `block` keeps it too
} // `block` is dropped: the second `free`

//@ native-run
