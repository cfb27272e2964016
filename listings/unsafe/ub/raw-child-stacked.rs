// Stacked Borrows, Miri's default model, checks this program.
fn main() {
    let mut stock = 10;
    let handle = &mut stock;
    // A raw pointer made from `handle` itself, with no reborrow between.
    let keeper = &raw mut *handle;
    // SAFETY: `keeper` points to `stock`, which is alive.
    unsafe { *keeper -= 3 };
    // A write through `handle`. It does not go through `keeper`.
    *handle += 5;
    // SAFETY: the two models disagree about this line.
    unsafe { *keeper -= 1 };
    println!("{stock}");
}
