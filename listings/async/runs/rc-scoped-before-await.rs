#[path = "executor.rs"]
mod executor;

use std::rc::Rc;

async fn tag_count() -> usize {
    let count = {
        let tags = Rc::new(vec!["memory", "async"]);
        let also_tags = Rc::clone(&tags);
        also_tags.len()
    }; // both Rc handles are dropped here, before the await
    executor::yield_now().await;
    count
}

fn main() {
    let task = executor::spawn(tag_count());
    println!("{} tags", task.join());
}
