//@ miri-flags: -Zmiri-ignore-leaks
use core::ffi::c_void;

unsafe extern "C" {
    fn malloc(size: usize) -> *mut c_void;
}

// Stands for a C function documented as: "borrows `buf`; the caller
// still owns it and must free it".
unsafe extern "C" fn checksum(buf: *const u8, len: usize) -> u32 {
    // SAFETY: by its contract, `buf` points to `len` readable bytes.
    let bytes = unsafe { std::slice::from_raw_parts(buf, len) };
    bytes.iter().map(|&b| u32::from(b)).sum()
}

fn main() {
    let len = 16;
    // SAFETY: any size may be asked for; null is checked below.
    let buf = unsafe { malloc(len) }.cast::<u8>();
    assert!(!buf.is_null());
    // SAFETY: `buf` has `len` bytes; `write_bytes` initializes them all.
    unsafe { buf.write_bytes(3, len) };
    println!("checksum {}", unsafe { checksum(buf, len) });
    // Nobody calls `free`: Rust thinks C owns it, C thinks Rust does.
}
