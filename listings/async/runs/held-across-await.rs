#[path = "executor.rs"]
mod executor;

fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().map(|&b| u32::from(b)).sum()
}

async fn held_across() -> u32 {
    let packet = [7u8; 1024];
    executor::yield_now().await; // packet is used after this await
    checksum(&packet)
}

async fn last_used_before() -> u32 {
    let packet = [7u8; 1024];
    let sum = checksum(&packet); // packet's last use
    executor::yield_now().await;
    sum
}

async fn copied_before() -> u32 {
    let packet = [7u8; 1024];
    let first = packet[0]; // a copy of one byte: no address is taken
    executor::yield_now().await;
    u32::from(first)
}

async fn scoped_before() -> u32 {
    let sum = {
        let packet = [7u8; 1024];
        checksum(&packet)
    }; // packet's scope ends here
    executor::yield_now().await;
    sum
}

fn main() {
    let a = held_across();
    let b = last_used_before();
    let c = copied_before();
    let d = scoped_before();
    println!("held across the await: {} bytes", std::mem::size_of_val(&a));
    println!("last used before it:   {} bytes", std::mem::size_of_val(&b));
    println!("one byte copied out:   {} bytes", std::mem::size_of_val(&c));
    println!("scoped before it:      {} bytes", std::mem::size_of_val(&d));
    let sums = [
        executor::block_on(a),
        executor::block_on(b),
        executor::block_on(c),
        executor::block_on(d),
    ];
    println!("results: {sums:?}");
}
