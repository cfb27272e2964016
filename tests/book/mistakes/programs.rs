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
            let kind = book_model::Kind::from_folder(file.split('/').next().unwrap()).unwrap();
            let snapshot = |path: &str| {
                format!("{}.{}", path.strip_suffix(".rs").unwrap(), kind.snapshot_extension())
            };
            let text = std::fs::read_to_string(fixture.path(&source)).unwrap();
            fixture.write(&copy, &text);
            // A panic message names the listing's path.
            let expected = std::fs::read_to_string(fixture.path(&snapshot(&source))).unwrap();
            fixture.write(&snapshot(&copy), &expected.replace(&source, &copy));
            fixture.edit(&copy, from, to);
        }
        // Rust blocks in the Markdown (outside SUMMARY.md: no lint reads them).
        fixture.write("src/broken-block.md", BROKEN_BLOCK);
        fixture.write("src/exiting-block.md", EXITING_BLOCK);
        fixture.programs()
    })
}

const BROKEN_BLOCK: &str = "# A page\n\n```rust\nfn main() {\n    let n: u8 = \"x\";\n}\n```\n";
const EXITING_BLOCK: &str = "# A page\n\n```rust\nfn main() {\n    std::process::exit(2);\n}\n```\n";

#[track_caller]
fn program_failure(chapter: &str, fragments: &[&str]) {
    let Some(proof) = super::Proof::pending(&format!("programs-{chapter}")) else {
        return;
    };
    let report = broken_programs();
    let about: Vec<Problem> = report
        .problems
        .iter()
        .filter(|p| p.file.starts_with(&format!("listings/{chapter}/")))
        .cloned()
        .collect();
    assert_eq!(about.len(), 1, "one failure about {chapter}: {about:#?}");
    assert_reported(&about, fragments);
    proof.passed();
}

#[test]
fn the_unbroken_fixture_passes() {
    let Some(proof) = super::Proof::pending("programs-unbroken") else {
        return;
    };
    let fixture = Fixture::new("unbroken");
    assert_eq!(fixture.lints(), Vec::<Problem>::new());
    let report = broken_programs();
    let about_demo: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.file.starts_with("listings/demo/"))
        .collect();
    assert!(about_demo.is_empty(), "{about_demo:#?}");
    // One problem per broken program, and one per broken Markdown block.
    assert_eq!(report.problems.len(), BROKEN_PROGRAMS.len() + 2, "{report:#?}");
    // The fixture's 3 programs, the broken ones that compiled, the blocks.
    assert_eq!(report.checked, 3 + BROKEN_PROGRAMS.len() - 2 + 2);
    proof.passed();
}

#[test]
fn a_runs_listing_that_stops_compiling() {
    program_failure(
        "stops-compiling",
        &[
            "listings/stops-compiling/runs/hello.rs:2: does not compile",
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
            "listings/warning/runs/hello.rs:2: does not compile",
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


// A Rust block in the Markdown that does not compile, or does not exit 0:
// the problem names the page and the line, and the compiler's message
// points into the page.

#[test]
fn a_rust_block_in_the_markdown_that_does_not_compile() {
    let Some(proof) = super::Proof::pending("programs-broken-block") else {
        return;
    };
    let report = broken_programs();
    assert_reported(
        &report.problems,
        &[
            "src/broken-block.md:5: does not compile warning-free",
            "error[E0308]: mismatched types",
            "--> src/broken-block.md:5:17",
            "5 |     let n: u8 = \"x\";",
        ],
    );
    proof.passed();
}

#[test]
fn a_rust_block_in_the_markdown_that_exits_non_zero() {
    let Some(proof) = super::Proof::pending("programs-exiting-block") else {
        return;
    };
    assert_reported(
        &broken_programs().problems,
        &["src/exiting-block.md:3: this Rust block exited with status 2"],
    );
    proof.passed();
}
