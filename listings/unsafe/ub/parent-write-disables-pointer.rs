//@ miri-flags: -Zmiri-tree-borrows
fn main() {
    let mut stock = 10;
    let handle = &mut stock;
    // A reborrow of `handle`, turned into a raw pointer: a child of it.
    let keeper: *mut i32 = &mut *handle;
    // SAFETY: `keeper` points to `stock`, which is alive.
    unsafe { *keeper -= 3 };
    // A write through the parent. It does not go through `keeper`.
    *handle += 5;
    // SAFETY: none. The parent's write took `keeper`'s permission away.
    unsafe { *keeper -= 1 };
    println!("{stock}");
}
