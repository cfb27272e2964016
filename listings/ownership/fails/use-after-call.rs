struct Parcel(&'static str);

fn weigh(parcel: Parcel) -> u32 {
    250 * parcel.0.len() as u32
}

fn main() {
    let parcel = Parcel("books");
    let grams = weigh(parcel);
    println!("{} weighs {grams} g", parcel.0);
}
