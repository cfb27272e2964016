use std::thread;

fn main() {
    let jobs = vec![String::from("resize"), String::from("upload")];

    // `move`: the closure owns `jobs`, and the new thread owns the closure.
    let worker = thread::spawn(move || {
        let mut report = Vec::new();
        for job in &jobs {
            report.push(format!("{job}: done"));
        }
        report // moves out of the thread, through join
    }); // `jobs` is moved-from in main from here on

    // Print only after join, so the output is always in the same order.
    let report = worker.join().unwrap();
    println!("{report:?}");
}
