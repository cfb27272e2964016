#[path = "../runs/executor.rs"]
mod executor;

fn main() {
    let words = vec!["pin", "poll", "wake"];
    let view = &words;
    let task = executor::spawn(async move { view.len() });
    println!("{} words", task.join());
}
