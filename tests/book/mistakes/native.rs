//! A C listing whose sanitizer report changed, and one that stops
//! compiling; a `ub` listing that Miri no longer flags, and one whose
//! `//@ native-run` builds print something else. Each fails naming
//! its file; the unchanged listings, whose runs passed, are not run again. A
//! MIR snapshot whose function changed fails too.

use crate::fixture::Fixture;
use book_model::{Kind, work::Work};

/// A use after free that AddressSanitizer reports.
const FREED: &str = "#include <stdlib.h>\n\nint main(void) {\n    int *p = malloc(sizeof *p);\n    \
                     free(p);\n    return *p;\n}\n";

/// A use after free that Miri reports.
const DANGLING: &str = "fn main() {\n    let b = Box::new(5);\n    let p: *const i32 = &*b;\n    \
                        drop(b);\n    let v = unsafe { *p };\n    println!(\"{v}\");\n}\n";

/// A use after free whose native runs print the same line each time.
const NATIVE_RUN: &str = "//@ native-run\nfn main() {\n    println!(\"before\");\n    \
                          let b = Box::new(5);\n    let p: *const i32 = &*b;\n    drop(b);\n    \
                          let _v = unsafe { *p };\n}\n";

fn fixture(name: &str) -> Fixture {
    let fixture = Fixture::new(name);
    let tools = std::fs::read_to_string(crate::root().join(crate::tools::FILE)).unwrap();
    fixture.write(crate::tools::FILE, &tools);
    fixture
}

#[test]
fn a_c_listing_whose_report_changed_and_one_that_does_not_compile() {
    let Some(proof) = super::Proof::pending("a_c_listing_whose_report_changed_and_one_that_does_not_compile") else {
        return;
    };
    let fixture = fixture("native");
    for name in ["freed", "changed", "broken"] {
        fixture.write(&format!("listings/demo/c/{name}.c"), FREED);
    }
    let work = fixture.path("target/native");
    let report = crate::native::check(&fixture.root, &work, Kind::C, true);
    assert!(report.is_ok(), "{}", report.describe());
    let blessed = std::fs::read_to_string(fixture.path("listings/demo/c/freed.out")).unwrap();
    assert!(blessed.contains("ERROR: AddressSanitizer: heap-use-after-free"), "{blessed}");
    assert!(blessed.contains("#0 in main freed.c:6"), "{blessed}");

    fixture.edit("listings/demo/c/changed.out", "heap-use-after-free on", "heap-buffer-overflow on");
    fixture.edit("listings/demo/c/broken.c", "return *p;", "return *p");
    let report = crate::native::check(&fixture.root, &work, Kind::C, false);
    assert_eq!((report.checked, report.cached), (2, 1), "{}", report.describe());
    let files: Vec<&str> = report.problems.iter().map(|p| p.file.as_str()).collect();
    assert_eq!(files, ["listings/demo/c/broken.c", "listings/demo/c/changed.out"]);
    super::assert_reported(&report.problems, &["listings/demo/c/broken.c", "does not compile", "expected ';'"]);
    super::assert_reported(
        &report.problems,
        &["listings/demo/c/changed.out:", "-==PID==ERROR: AddressSanitizer: heap-buffer-overflow", "+==PID==ERROR: AddressSanitizer: heap-use-after-free"],
    );
    proof.passed();
}

/// A `ub` listing that Miri no longer flags; and one marked `//@
/// native-run`, which shows two native runs above Miri's report, whose
/// optimized run prints something else (a new compiler, say). Both fail at
/// their files, the second at its snapshot's line, with the difference.
#[test]
fn a_ub_listing_that_miri_no_longer_flags_and_a_native_run_that_changed() {
    let Some(proof) = super::Proof::pending("a_ub_listing_that_miri_no_longer_flags_and_a_native_run_that_changed") else {
        return;
    };
    let fixture = fixture("miri");
    fixture.write("listings/demo/ub/dangling.rs", DANGLING);
    fixture.write("listings/demo/ub/freed.rs", NATIVE_RUN);
    let work = Work::Miri.dir(&fixture.path("target"));
    let batch = crate::programs::of(&fixture.root, &fixture.path("target/programs"));
    let report = crate::ub::check(&fixture.root, &work, &batch, true);
    assert!(report.is_ok(), "{}", report.describe());
    let blessed = std::fs::read_to_string(fixture.path("listings/demo/ub/dangling.stderr")).unwrap();
    assert!(blessed.starts_with("$ cargo +nightly miri run\nerror: Undefined Behavior:"), "{blessed}");
    assert!(blessed.contains("--> listings/demo/ub/dangling.rs:5:22"), "{blessed}");
    let blessed = std::fs::read_to_string(fixture.path("listings/demo/ub/freed.stderr")).unwrap();
    assert!(
        blessed.starts_with(
            "$ rustc --edition 2024 freed.rs && ./freed\nbefore\n\
             $ rustc --edition 2024 -O freed.rs && ./freed\nbefore\n\
             $ cargo +nightly miri run\nerror: Undefined Behavior:"
        ),
        "{blessed}"
    );

    // Made sound: the box is freed after the read.
    fixture.edit(
        "listings/demo/ub/dangling.rs",
        "    drop(b);\n    let v = unsafe { *p };\n    println!(\"{v}\");\n",
        "    let v = unsafe { *p };\n    println!(\"{v}\");\n    drop(b);\n",
    );
    // The snapshot as another compiler's optimized build would have left it.
    fixture.edit("listings/demo/ub/freed.stderr", "-O freed.rs && ./freed\nbefore\n", "-O freed.rs && ./freed\nafter\n");
    let batch = crate::programs::of(&fixture.root, &fixture.path("target/programs"));
    let report = crate::ub::check(&fixture.root, &work, &batch, false);
    super::assert_reported(&report.problems, &["listings/demo/ub/dangling.rs:", "Miri reports no undefined behaviour"]);
    super::assert_reported(&report.problems, &["listings/demo/ub/freed.stderr:4:", "-after", "+before"]);
    proof.passed();
}

#[test]
fn a_mir_snapshot_that_no_longer_matches_the_compilers_mir() {
    let Some(proof) = super::Proof::pending("a_mir_snapshot_that_no_longer_matches_the_compilers_mir") else {
        return;
    };
    let fixture = Fixture::new("mir");
    let program = "//@ mir: twice\nfn twice(x: u32) -> u32 {\n    x * 2\n}\n\nfn main() {\n    println!(\"{}\", twice(21));\n}\n";
    fixture.write("listings/demo/runs/twice.rs", program);
    fixture.write("listings/demo/runs/twice.stdout", "42\n");
    let work = fixture.path("target/mir");
    let report = crate::mir::check(&fixture.root, &work, true);
    assert!(report.is_ok() && report.checked == 1, "{}", report.describe());
    let blessed = std::fs::read_to_string(fixture.path("listings/demo/runs/twice.mir")).unwrap();
    assert!(blessed.starts_with("fn twice(_1: u32) -> u32 {\n"), "{blessed}");
    assert!(!blessed.contains("fn main"), "{blessed}");

    fixture.edit("listings/demo/runs/twice.rs", "x * 2", "x + x");
    let report = crate::mir::check(&fixture.root, &work, false);
    super::assert_reported(&report.problems, &["listings/demo/runs/twice.mir:", "differs from the snapshot"]);
    proof.passed();
}
