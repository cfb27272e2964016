//! Runs and panics listings that stop compiling, warn, exit wrongly or
//! print something else than their snapshot.

use super::assert_reported;
use crate::fixture::Fixture;
use book_model::{Problem, Report};
use std::sync::OnceLock;

/// The broken programs: each is a copy of one of the fixture's listings in
/// a chapter of its own, named for the mistake, with one edit (the file
/// under `listings/demo/`, the text replaced, its replacement). All of them
/// and the unbroken fixture are built in one batch, as the book's listings
/// are, instead of one cargo build per mistake.
const BROKEN_PROGRAMS: &[(&str, &str, &str, &str)] = &[
    (
        "stops-compiling",
        "runs/hello.rs",
        "println!(\"hello\");",
        "let n: u8 = \"x\";",
    ),
    (
        "warning",
        "runs/hello.rs",
        "println!",
        "let unused = 1;\n    println!",
    ),
    (
        "exits-non-zero",
        "runs/hello.rs",
        "}",
        "    std::process::exit(3);\n}",
    ),
    (
        "no-longer-panics",
        "panics/boom.rs",
        "panic!(\"boom\")",
        "eprintln!(\"boom\")",
    ),
    ("output-changed", "runs/hello.rs", "\"hello\"", "\"hullo\""),
    ("panic-changed", "panics/boom.rs", "\"boom\"", "\"bang\""),
];

/// What the harness reported on the fixture plus every broken program.
fn broken_programs() -> &'static Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT.get_or_init(|| {
        let fixture = Fixture::new("programs");
        for (chapter, file, from, to) in BROKEN_PROGRAMS {
            let source = format!("listings/demo/{file}");
            let copy = format!("listings/{chapter}/{file}");
            let kind = file.split('/').next().unwrap();
            let snapshot = |path: &str| {
                let ext = if kind == "runs" { "stdout" } else { "stderr" };
                format!("{}.{ext}", path.strip_suffix(".rs").unwrap())
            };
            let text = std::fs::read_to_string(fixture.path(&source)).unwrap();
            fixture.write(&copy, &text);
            // A panic message names the listing's path.
            let expected = std::fs::read_to_string(fixture.path(&snapshot(&source))).unwrap();
            fixture.write(&snapshot(&copy), &expected.replace(&source, &copy));
            fixture.edit(&copy, from, to);
        }
        fixture.programs()
    })
}

#[track_caller]
fn program_failure(chapter: &str, fragments: &[&str]) {
    let report = broken_programs();
    let about: Vec<Problem> = report
        .problems
        .iter()
        .filter(|p| p.file.starts_with(&format!("listings/{chapter}/")))
        .cloned()
        .collect();
    assert_eq!(about.len(), 1, "one failure about {chapter}: {about:#?}");
    assert_reported(&about, fragments);
}

#[test]
fn the_unbroken_fixture_passes() {
    let fixture = Fixture::new("unbroken");
    assert_eq!(fixture.lints(), Vec::<Problem>::new());
    let report = broken_programs();
    let about_demo: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.file.starts_with("listings/demo/"))
        .collect();
    assert!(about_demo.is_empty(), "{about_demo:#?}");
    assert_eq!(report.problems.len(), BROKEN_PROGRAMS.len(), "{report:#?}");
    // The fixture's 3 programs, and the broken ones that compiled.
    assert_eq!(report.checked, 3 + BROKEN_PROGRAMS.len() - 2);
}

#[test]
fn a_runs_listing_that_stops_compiling() {
    program_failure(
        "stops-compiling",
        &[
            "listings/stops-compiling/runs/hello.rs: does not compile",
            "error[E0308]",
            "hello.rs:2:",
        ],
    );
}

#[test]
fn a_runs_listing_with_a_warning() {
    program_failure(
        "warning",
        &[
            "listings/warning/runs/hello.rs: does not compile",
            "unused variable",
        ],
    );
}

#[test]
fn a_runs_listing_that_exits_non_zero() {
    program_failure(
        "exits-non-zero",
        &["listings/exits-non-zero/runs/hello.rs: exited with status 3 instead of 0"],
    );
}

#[test]
fn a_panics_listing_that_no_longer_panics() {
    program_failure(
        "no-longer-panics",
        &["listings/no-longer-panics/panics/boom.rs: exited with status 0 instead of panicking"],
    );
}

// A runs listing whose output no longer matches its snapshot.

#[test]
fn a_runs_listing_whose_output_changed() {
    program_failure(
        "output-changed",
        &[
            "listings/output-changed/runs/hello.stdout:1: the output differs",
            "-hello",
            "+hullo",
        ],
    );
}

#[test]
fn a_panics_listing_whose_message_changed() {
    program_failure(
        "panic-changed",
        &[
            "listings/panic-changed/panics/boom.stderr:3: the output differs",
            "-boom",
            "+bang",
        ],
    );
}

