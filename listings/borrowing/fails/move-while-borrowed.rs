fn archive(report: String) {
    println!("archived {} bytes", report.len());
}

fn main() {
    let report = String::from("quarterly numbers");
    let summary = &report;

    archive(report);

    println!("summary: {summary}");
}
