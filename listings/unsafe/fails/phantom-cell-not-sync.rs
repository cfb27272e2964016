use std::cell::Cell;
use std::marker::PhantomData;

// Two handles, each invariant in `T` because of its marker.
struct ByCell<T> {
    _marker: PhantomData<Cell<T>>,
}

struct ByFn<T> {
    _marker: PhantomData<fn(T) -> T>,
}

fn share_with_threads<H: Sync>(_handle: &H) {}

fn main() {
    let by_fn = ByFn::<String> {
        _marker: PhantomData,
    };
    share_with_threads(&by_fn);
    let by_cell = ByCell::<String> {
        _marker: PhantomData,
    };
    share_with_threads(&by_cell);
}
