static PRIMES: [u32; 5] = [2, 3, 5, 7, 11];

fn day_name(n: usize) -> &'static str {
    // The array of seven &str is in this frame; the text is static data.
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    names[n % 7] // returns a copy of one (pointer, length) pair
}

fn main() {
    let day = day_name(9); // day_name's frame is gone; the text is not
    println!("day 9 is a {day}");

    let sum: u32 = PRIMES.iter().sum();
    println!("the first {} primes add up to {sum}", PRIMES.len());

    let literal: &'static str = "static bytes";
    let owned = literal.to_string(); // copies them into a new heap block
    println!("{owned}: {} bytes", owned.len());
}
