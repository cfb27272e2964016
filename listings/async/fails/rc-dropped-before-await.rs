#[path = "../runs/executor.rs"]
mod executor;

use std::rc::Rc;

async fn tag_count() -> usize {
    let tags = Rc::new(vec!["memory", "async"]);
    let count = tags.len();
    drop(tags); // at run time, the Rc is gone before the await
    executor::yield_now().await;
    count
}

fn main() {
    let task = executor::spawn(tag_count());
    println!("{} tags", task.join());
}
