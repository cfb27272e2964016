#[path = "../runs/executor.rs"]
mod executor;

use std::rc::Rc;

async fn longest(lines: Rc<Vec<String>>) -> usize {
    executor::yield_now().await;
    lines.iter().map(|line| line.len()).max().unwrap_or(0)
}

fn main() {
    let lines = Rc::new(vec!["pin".to_string(), "waker".to_string()]);
    let task = executor::spawn(longest(Rc::clone(&lines)));
    println!("longest of {}: {}", lines.len(), task.join());
}
