struct Parcel(&'static str);

impl Drop for Parcel {
    fn drop(&mut self) {
        println!("  drop parcel of {}", self.0);
    }
}

// Takes a Parcel, and moves it back out together with the result.
fn weigh(parcel: Parcel) -> (Parcel, u32) {
    let grams = 250 * parcel.0.len() as u32;
    (parcel, grams)
}

// Creates a Parcel and moves it out to the caller.
fn pack(contents: &'static str) -> Parcel {
    println!("packing {contents}");
    Parcel(contents)
}

fn main() {
    let parcel = Parcel("books");
    let (parcel, grams) = weigh(parcel);
    println!("{} weighs {grams} g", parcel.0);

    let spare = pack("socks");
    println!("packed {}; end of main", spare.0);
} // spare is dropped first, then parcel
