#[path = "../runs/executor.rs"]
mod executor;

fn main() {
    let words = vec!["pin", "poll", "wake"];
    let task = executor::spawn(async {
        executor::yield_now().await;
        words.len()
    });
    println!("{} words", task.join());
}
