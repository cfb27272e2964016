#[path = "executor.rs"]
mod executor;

async fn save(name: &str) {
    println!("saving {name}");
}

fn main() {
    let draft = save("draft");
    println!("created");
    executor::block_on(save("final"));
    drop(draft);
    println!("done");
}
