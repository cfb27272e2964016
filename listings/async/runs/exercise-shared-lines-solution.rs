#[path = "executor.rs"]
mod executor;

use std::sync::Arc;

async fn longest(lines: Arc<Vec<String>>) -> usize {
    executor::yield_now().await;
    lines.iter().map(|line| line.len()).max().unwrap_or(0)
}

fn main() {
    let lines = Arc::new(vec!["pin".to_string(), "waker".to_string()]);
    let task = executor::spawn(longest(Arc::clone(&lines)));
    println!("longest of {}: {}", lines.len(), task.join());
}
