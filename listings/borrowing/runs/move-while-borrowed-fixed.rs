fn archive(report: String) {
    println!("archived {} bytes", report.len());
}

fn main() {
    let report = String::from("quarterly numbers");
    let summary = &report;

    println!("summary: {summary}"); // last use of the borrow

    archive(report); // nothing borrows `report` any more
}
