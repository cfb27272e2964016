use std::sync::LazyLock;
use std::thread;

// Built on first use, by whichever thread gets there first; never rebuilt.
static PRIMES: LazyLock<Vec<u32>> = LazyLock::new(|| {
    println!("computing primes");
    (2..50).filter(|n| (2..*n).all(|d| n % d != 0)).collect()
});

fn main() {
    println!("main starts");
    let firsts = thread::spawn(|| PRIMES[..3].to_vec()).join().unwrap();
    println!("first three: {firsts:?}");
    println!("how many below 50: {}", PRIMES.len());
    println!("largest: {:?}", PRIMES.last());
}
