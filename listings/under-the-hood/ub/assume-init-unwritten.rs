use std::mem::MaybeUninit;

fn main() {
    let args = std::env::args().count();
    let mut total = MaybeUninit::<u64>::uninit();
    if args > 1 {
        total.write(args as u64 * 10);
    }
    // SAFETY: none. `total` is written only when there are arguments.
    let total = unsafe { total.assume_init() };
    println!("{total}");
}
