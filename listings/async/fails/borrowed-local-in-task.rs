#[path = "../runs/executor.rs"]
mod executor;

fn main() {
    let mut log = String::from("started");
    let task = executor::spawn(async {
        executor::yield_now().await;
        log.push_str(", resumed");
    });
    task.join(); // the task is over before `log` is read
    println!("{log}");
}
