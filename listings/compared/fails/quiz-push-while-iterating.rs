fn main() {
    let mut jobs = vec![3, 8, 5];
    for job in &jobs {
        if *job > 4 {
            jobs.push(job - 4); // split a big job in two
        }
    }
    println!("{jobs:?}");
}
