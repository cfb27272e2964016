//! Listings are read in a browser and on a PDF page: rustfmt's layout, and
//! at most 80 columns so that nothing wraps or runs off the page.

use book_model::{Problem, Report};

#[test]
fn listings_are_rustfmt_formatted_and_fit_80_columns() {
    let inventory = book_model::inventory::scan(crate::root());
    let mut report = Report::default();
    for listing in &inventory.listings {
        let text = std::fs::read_to_string(&listing.path).unwrap();
        for (i, line) in text.lines().enumerate() {
            let width = line.chars().count();
            if width > 80 {
                report.push(Problem::at(&listing.shown, i + 1, format!("{width} columns (at most 80)")));
            }
        }
    }
    let rustfmt = std::process::Command::new("rustfmt")
        .args(["--check", "--edition", "2024", "--color", "never"])
        .args(inventory.listings.iter().map(|l| &l.path))
        .output()
        .expect("rustfmt should be installed (rust-toolchain.toml asks for it)");
    if !rustfmt.status.success() {
        let root = format!("{}/", crate::root().display());
        let out = String::from_utf8_lossy(&rustfmt.stdout).replace(&root, "");
        // rustfmt's diff starts each file with `Diff in FILE:LINE:`.
        for chunk in out.split("Diff in ").filter(|c| !c.trim().is_empty()) {
            let (place, diff) = chunk.split_once('\n').unwrap_or((chunk, ""));
            let (file, line) = place.trim_end_matches(':').rsplit_once(':').unwrap_or((place, "1"));
            report.push(Problem::at(
                file,
                line.parse().unwrap_or(1),
                format!("rustfmt would change this (run `rustfmt --edition 2024 {file}`):\n{diff}"),
            ));
        }
    }
    report.assert_ok("the listings' formatting");
}
