#[path = "../runs/executor.rs"]
mod executor;

use std::rc::Rc;

async fn tag_count() -> usize {
    let tags = Rc::new(vec!["memory", "async"]);
    let also_tags = Rc::clone(&tags);
    executor::yield_now().await;
    also_tags.len()
}

fn main() {
    let task = executor::spawn(tag_count());
    println!("{} tags", task.join());
}
