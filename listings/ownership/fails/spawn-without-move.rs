use std::thread;

fn main() {
    let jobs = vec![String::from("resize"), String::from("upload")];

    // The body only reads `jobs`, so the closure borrows it.
    let worker = thread::spawn(|| {
        let mut report = Vec::new();
        for job in &jobs {
            report.push(format!("{job}: done"));
        }
        report
    });

    let report = worker.join().unwrap();
    println!("{report:?}");
}
