// It leaks on purpose, so Miri is told not to report the leak:
//@ miri-flags: -Zmiri-ignore-leaks
use std::mem::{self, ManuallyDrop};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

// Fields are dropped in declaration order, so `parser` would go
// first. `ManuallyDrop` lets `drop` pick the order itself.
struct Session {
    parser: ManuallyDrop<Noisy>,
    buffer: ManuallyDrop<Noisy>,
}

impl Drop for Session {
    fn drop(&mut self) {
        // SAFETY: each field is dropped exactly once, here, and is
        // never used again.
        unsafe {
            ManuallyDrop::drop(&mut self.buffer);
            ManuallyDrop::drop(&mut self.parser);
        }
    }
}

fn main() {
    let forgotten = Noisy("forgotten");
    mem::forget(forgotten); // safe: its drop never runs

    let leaked: &'static mut Noisy = Box::leak(Box::new(Noisy("leaked")));
    leaked.0 = "leaked, still usable";
    println!("{}", leaked.0);

    let _session = Session {
        parser: ManuallyDrop::new(Noisy("parser")),
        buffer: ManuallyDrop::new(Noisy("buffer")),
    };
    println!("end of main");
}
