#[path = "executor.rs"]
mod executor;

async fn brew(cups: u32) -> String {
    println!("  brewing starts");
    let leaves = format!("{cups} spoons of leaves");
    executor::yield_now().await;
    let water = cups * 250;
    executor::yield_now().await;
    format!("{leaves} in {water} ml")
}

fn main() {
    let order = brew(3); // runs none of brew's body
    println!("order made, {} bytes", std::mem::size_of_val(&order));
    let tea = executor::block_on(order);
    println!("{tea}");
}
