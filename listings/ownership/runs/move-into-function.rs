struct Parcel(&'static str);

impl Drop for Parcel {
    fn drop(&mut self) {
        println!("  drop parcel of {}", self.0);
    }
}

// `parcel` is a local of deliver: it owns the Parcel until deliver returns.
fn deliver(parcel: Parcel) {
    println!("delivering {}", parcel.0);
} // parcel goes out of scope here, so the Parcel is dropped here

fn double(n: u32) -> u32 {
    n * 2
}

fn main() {
    let parcel = Parcel("books");
    deliver(parcel); // moves the Parcel into deliver's parameter
    println!("back in main");

    let count = 21;
    let twice = double(count); // copies count; main keeps its own
    println!("{count} doubled is {twice}");
}
