use std::marker::PhantomData;
use std::ptr::{self, NonNull};

/// A bare-bones `Box`: owns one `T` on the heap through a raw pointer.
struct RawBox<T> {
    ptr: NonNull<T>,
    // Says that a `RawBox<T>` owns a `T`. With no `#[may_dangle]` and a
    // `NonNull` field, it changes nothing for the drop check, `Send` or
    // `Sync` here.
    _owns: PhantomData<T>,
}

impl<T> RawBox<T> {
    fn new(value: T) -> Self {
        let ptr = NonNull::from(Box::leak(Box::new(value)));
        RawBox {
            ptr,
            _owns: PhantomData,
        }
    }
}

impl<T> Drop for RawBox<T> {
    fn drop(&mut self) {
        // SAFETY: `ptr` came from `Box::leak` and is dropped once. First
        // the value is dropped in place, then its memory is freed: the
        // two steps that dropping a `Box` does together.
        unsafe {
            ptr::drop_in_place(self.ptr.as_ptr());
            drop(Box::from_raw(
                self.ptr.as_ptr().cast::<std::mem::ManuallyDrop<T>>(),
            ));
        }
    }
}

struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

fn main() {
    let boxed = RawBox::new(Loud("the payload"));
    println!("RawBox<Loud>: {} bytes", size_of::<RawBox<Loud>>());
    drop(boxed);
    println!("after drop");
}
