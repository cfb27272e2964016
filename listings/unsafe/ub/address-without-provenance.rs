use std::ptr;

fn main() {
    let seats = [12u32, 40, 7];
    let real: *const u32 = seats.as_ptr();
    // The same address, as a number, turned back into a pointer
    // that carries no permission to reach any allocation.
    let copy: *const u32 = ptr::without_provenance(real.addr());
    println!("same address: {}", real.addr() == copy.addr());
    // SAFETY: `real` points to a live element; its provenance is `seats`.
    println!("through real: {}", unsafe { *real });
    // SAFETY: none. `copy` has the address but not the provenance.
    println!("through copy: {}", unsafe { *copy });
}

//@ native-run
