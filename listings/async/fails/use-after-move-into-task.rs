#[path = "../runs/executor.rs"]
mod executor;

fn main() {
    let mut log = String::from("started");
    let task = executor::spawn(async move {
        executor::yield_now().await;
        log.push_str(", resumed");
    });
    task.join();
    println!("{log}");
}
