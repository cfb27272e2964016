use core::ffi::c_void;
use std::mem::ManuallyDrop;

unsafe extern "C" {
    fn malloc(size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

/// A block from C's `malloc`, freed with C's `free` when dropped.
struct CBlock(*mut c_void);

impl CBlock {
    /// Gives up ownership: the caller, or the C code it passes the
    /// pointer to, must free it.
    fn into_raw(self) -> *mut c_void {
        let block = ManuallyDrop::new(self); // `drop` will not run
        block.0
    }
}

impl Drop for CBlock {
    fn drop(&mut self) {
        println!("Rust frees its block");
        // SAFETY: the pointer came from `malloc` and is owned by `self`.
        unsafe { free(self.0) };
    }
}

// Stands for a C function that takes ownership of `buf` and frees it.
unsafe extern "C" fn send_and_release(buf: *mut c_void) {
    println!("sent, now freeing");
    // SAFETY: by its contract, this function owns `buf`.
    unsafe { free(buf) };
}

fn main() {
    // SAFETY: any size may be asked for (both calls).
    let sent = CBlock(unsafe { malloc(64) });
    let kept = CBlock(unsafe { malloc(64) });
    assert!(!sent.0.is_null() && !kept.0.is_null());
    unsafe { send_and_release(sent.into_raw()) }; // one owner at a time
    println!("end of main");
} // only `kept` is dropped here
