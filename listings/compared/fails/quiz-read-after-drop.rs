fn main() {
    let report = vec![String::from("disk"), String::from("net")];
    let lines = report.len();
    drop(report); // give the buffer back early, as `free` would

    println!("{lines} lines, first: {}", report[0]);
}
