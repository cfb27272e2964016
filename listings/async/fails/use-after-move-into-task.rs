#[path = "../runs/executor.rs"]
mod executor;

fn main() {
    let words = vec!["pin", "poll", "wake"];
    let task = executor::spawn(async move {
        executor::yield_now().await;
        words.len()
    });
    println!("{} words in {words:?}", task.join());
}
