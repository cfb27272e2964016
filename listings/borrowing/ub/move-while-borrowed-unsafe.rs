fn archive(report: String) {
    println!("archived {} bytes", report.len());
}

fn main() {
    let report = String::from("quarterly numbers");
    let raw: *const String = &report; // the borrow ends here
    let summary = unsafe { &*raw }; // a reference the checker cannot see

    archive(report);

    println!("summary: {}", summary.as_str());
}
