#[path = "executor.rs"]
mod executor;

use std::rc::Rc;

// An ordinary function: its locals live in its frame, never in a future.
fn count_tags() -> usize {
    let tags = Rc::new(vec!["memory", "async"]);
    let shared = Rc::clone(&tags);
    shared.len()
}

async fn tag_count() -> usize {
    let count = count_tags();
    executor::yield_now().await;
    count
}

fn main() {
    let task = executor::spawn(tag_count());
    println!("{} tags", task.join());
}
