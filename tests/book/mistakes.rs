//! Proof that every mistake a maintainer can make fails the test suite with a
//! message that names the file (and line) and shows the difference. Each test
//! writes the small book of `fixture`, checks that it passes, breaks one
//! thing and checks what the harness says. The broken programs share one
//! fixture and one batched build (`broken_programs`), as the book's do.

use crate::fixture::Fixture;
use std::sync::OnceLock;

/// Asserts that some problem mentions every fragment.
#[track_caller]
fn assert_reported(problems: &[String], fragments: &[&str]) {
    assert!(
        problems
            .iter()
            .any(|p| fragments.iter().all(|f| p.contains(f))),
        "expected a problem mentioning {fragments:?}, got:\n{}",
        problems.join("\n")
    );
}

#[track_caller]
fn lint_problem(name: &str, break_it: impl FnOnce(&Fixture), fragments: &[&str]) {
    let fixture = Fixture::new(name);
    let before = fixture.lints();
    assert!(
        before.is_empty(),
        "the fixture should pass before it is broken: {before:?}"
    );
    break_it(&fixture);
    assert_reported(&fixture.lints(), fragments);
}

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
fn broken_programs() -> &'static crate::programs::Report {
    static REPORT: OnceLock<crate::programs::Report> = OnceLock::new();
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
    let about: Vec<String> = report
        .failures
        .iter()
        .filter(|f| f.contains(&format!("listings/{chapter}/")))
        .cloned()
        .collect();
    assert_eq!(about.len(), 1, "one failure about {chapter}: {about:#?}");
    assert_reported(&about, fragments);
}

#[test]
fn the_unbroken_fixture_passes() {
    let fixture = Fixture::new("unbroken");
    assert_eq!(fixture.lints(), Vec::<String>::new());
    let report = broken_programs();
    let about_demo: Vec<_> = report
        .failures
        .iter()
        .filter(|f| f.contains("listings/demo/"))
        .collect();
    assert!(about_demo.is_empty(), "{about_demo:#?}");
    assert_eq!(report.failures.len(), BROKEN_PROGRAMS.len());
    // The fixture's 3 programs, and the broken ones that compiled.
    assert_eq!(report.checked, 3 + BROKEN_PROGRAMS.len() - 2);
}

// 1. A runs-listing that stops compiling, or exits non-zero.

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

// 2. A runs-listing whose output no longer matches its snapshot.

#[test]
fn a_runs_listing_whose_output_changed() {
    program_failure(
        "output-changed",
        &[
            "listings/output-changed/runs/hello.stdout: the output differs",
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
            "listings/panic-changed/panics/boom.stderr: the output differs",
            "-boom",
            "+bang",
        ],
    );
}

// 3. A does-not-compile listing that now compiles, or whose error changed.
// `compiler::check` runs trybuild in a child process and returns what it
// printed; a listing whose check passed is not compiled again until it or
// its snapshot changes.

fn check_fails(fixture: &Fixture, bless: bool) -> crate::compiler::Report {
    // trybuild asks cargo about the workspace it runs in (the book's root);
    // the fixture's is empty, wherever the target directory is.
    fixture.write("Cargo.toml", "[workspace]\n");
    let inventory = crate::listing::scan(&fixture.root);
    let listings: Vec<_> = inventory.listings.iter().collect();
    let work_dir = fixture.path("target/fails");
    crate::compiler::check(&fixture.root, &work_dir, &listings, bless)
}

#[test]
fn a_does_not_compile_listing_that_compiles_now_and_one_whose_error_changed() {
    let fixture = Fixture::new("trybuild");
    let case = "listings/demo/fails/moved.rs";
    let stderr = "listings/demo/fails/moved.stderr";

    // Bless the fixture's snapshot with trybuild.
    let report = check_fails(&fixture, true);
    let blessed = std::fs::read_to_string(fixture.path(stderr)).unwrap();
    assert!(
        blessed.contains("error[E0382]: borrow of moved value")
            && blessed.contains("--> listings/demo/fails/moved.rs:4:"),
        "{blessed}\n{}",
        report.output
    );
    assert!(report.passed && report.checked == 1, "{}", report.output);

    // Two broken copies, each in a chapter of its own, checked in one run;
    // the unchanged listing, whose check passed, is not compiled again.
    let text = std::fs::read_to_string(fixture.path(case)).unwrap();
    for chapter in ["changed", "compiles"] {
        fixture.write(&format!("listings/{chapter}/fails/moved.rs"), &text);
        fixture.write(
            &format!("listings/{chapter}/fails/moved.stderr"),
            &blessed.replace(case, &format!("listings/{chapter}/fails/moved.rs")),
        );
    }
    // The error changed.
    fixture.edit(
        "listings/changed/fails/moved.stderr",
        "borrow of moved value",
        "use of moved value",
    );
    // It compiles now.
    fixture.edit(
        "listings/compiles/fails/moved.rs",
        "println!(\"{a}{b}\");",
        "println!(\"{b}\");",
    );
    let report = check_fails(&fixture, false);
    assert!(!report.passed);
    assert_eq!((report.checked, report.cached), (2, 1));
    // trybuild names each file; for the changed error it shows both texts.
    for fragment in [
        "listings/changed/fails/moved.rs ... mismatch",
        "EXPECTED:",
        "use of moved value",
        "ACTUAL OUTPUT:",
        "listings/compiles/fails/moved.rs ... error",
        "Expected test case to fail to compile, but it succeeded",
    ] {
        assert!(
            report.output.contains(fragment),
            "no {fragment:?} in:\n{}",
            report.output
        );
    }
    assert!(
        !report.output.contains("listings/demo/fails/moved.rs ..."),
        "the recorded listing was checked again:\n{}",
        report.output
    );
}

// 4. A listing no chapter includes, or a snapshot without its listing.

#[test]
fn an_orphan_listing() {
    lint_problem(
        "orphan",
        |f| {
            f.write("listings/demo/runs/extra.rs", "fn main() {}\n");
            f.write("listings/demo/runs/extra.stdout", "");
        },
        &["listings/demo/runs/extra.rs: no chapter includes this listing"],
    );
}

#[test]
fn a_snapshot_without_its_listing() {
    lint_problem(
        "lone-snapshot",
        |f| f.write("listings/demo/fails/gone.stderr", "error\n"),
        &["listings/demo/fails/gone.stderr: snapshot without its listing"],
    );
}

#[test]
fn a_listing_without_its_snapshot() {
    lint_problem(
        "no-snapshot",
        |f| f.remove("listings/demo/runs/hello.stdout"),
        &[
            "listings/demo/runs/hello.rs: no snapshot hello.stdout",
            "cargo xtask bless",
        ],
    );
}

#[test]
fn a_listing_outside_a_kind_folder() {
    lint_problem(
        "no-kind",
        |f| f.write("listings/demo/works/x.rs", "fn main() {}\n"),
        &["listings/demo/works: unexpected"],
    );
}

// 5. An include that names a missing file or a missing anchor.

#[test]
fn an_include_of_a_missing_file() {
    lint_problem(
        "missing-include",
        |f| f.edit("src/demo/index.md", "runs/hello.rs}}", "runs/helo.rs}}"),
        &["src/demo/index.md:7:", "runs/helo.rs", "does not exist"],
    );
}

#[test]
fn an_include_of_a_missing_anchor() {
    lint_problem(
        "missing-anchor",
        |f| f.edit("src/demo/more.md", "excerpt.rs:middle", "excerpt.rs:centre"),
        &["src/demo/more.md:", "no anchor `centre`"],
    );
}

#[test]
fn an_include_by_line_numbers() {
    lint_problem(
        "line-range",
        |f| f.edit("src/demo/more.md", "excerpt.rs:middle", "excerpt.rs:2:4"),
        &["src/demo/more.md:", "line ranges drift silently"],
    );
}

// 6. A Rust block in the Markdown that does not compile. skeptic turns each
// block into a test named for its file and line, which compiles the block
// with rustc and panics with rustc's message when it fails.

#[test]
fn a_rust_block_in_the_markdown_that_does_not_compile() {
    let generated = include_str!(concat!(env!("OUT_DIR"), "/skeptic-tests.rs"));
    assert!(
        generated.contains("fn src_introduction_sect_") && generated.contains("_line_"),
        "skeptic's tests should be named for their file and line"
    );
    let compile = |block: &'static str| {
        std::panic::catch_unwind(|| {
            skeptic::rt::compile_test(
                env!("CARGO_MANIFEST_DIR"),
                env!("OUT_DIR"),
                env!("BOOK_TARGET"),
                block,
            )
        })
    };
    let fine = "fn main() {\n    let n: u8 = 7;\n    println!(\"{n}\");\n}\n";
    assert!(
        compile(fine).is_ok(),
        "skeptic should accept a block that compiles"
    );
    let broken = "fn main() {\n    let n: u8 = \"not a number\";\n}\n";
    assert!(
        compile(broken).is_err(),
        "skeptic accepted a block that does not compile"
    );
}

// 7. A fence without a language, or Rust that bypasses verification.

#[test]
fn a_code_fence_without_a_language() {
    lint_problem(
        "no-language",
        |f| f.edit("src/introduction.md", "```text\nplain", "```\nplain"),
        &["src/introduction.md:5:", "without a language tag"],
    );
}

#[test]
fn a_rust_block_tagged_ignore() {
    lint_problem(
        "ignore",
        |f| {
            f.edit(
                "src/introduction.md",
                "```text\nplain text",
                "```rust,ignore\nfn main(",
            )
        },
        &[
            "src/introduction.md:5:",
            "`ignore`",
            "no reason is accepted",
        ],
    );
}

#[test]
fn an_inline_rust_block_that_claims_to_fail() {
    lint_problem(
        "inline-compile-fail",
        |f| {
            f.edit(
                "src/introduction.md",
                "```text\nplain text",
                "```rust,compile_fail\nx",
            )
        },
        &[
            "src/introduction.md:5:",
            "inline Rust tagged `compile_fail`",
        ],
    );
}

#[test]
fn rust_under_an_unknown_language_tag() {
    lint_problem(
        "unknown-language",
        |f| {
            f.edit(
                "src/introduction.md",
                "```text\nplain text",
                "```rs\nfn main() {}",
            )
        },
        &["src/introduction.md:5:", "unknown code block language `rs`"],
    );
}

// 8. A chapter file named in SUMMARY.md that does not exist.

#[test]
fn a_chapter_file_that_does_not_exist() {
    lint_problem(
        "missing-chapter",
        |f| f.edit("src/SUMMARY.md", "- [Later]()", "- [Later](demo/later.md)"),
        &["src/SUMMARY.md:7:", "src/demo/later.md does not exist"],
    );
}

#[test]
fn a_page_missing_from_the_summary() {
    lint_problem(
        "unlisted-page",
        |f| f.write("src/demo/stray.md", "# Stray\n"),
        &["src/demo/stray.md: not in src/SUMMARY.md"],
    );
}

// Captions, badges, output blocks, diagrams and links.

#[test]
fn a_badge_that_does_not_match_the_kind() {
    lint_problem(
        "wrong-badge",
        |f| {
            f.edit(
                "src/demo/index.md",
                "badge runs\">Runs",
                "badge fails\">Does not compile",
            )
        },
        &["src/demo/index.md:3:", "is a runs listing: its badge is"],
    );
}

#[test]
fn a_listing_shown_without_its_output() {
    lint_problem(
        "no-output",
        |f| {
            f.edit(
                "src/demo/more.md",
                "```text\n{{#include ../../listings/demo/panics/boom.stderr}}\n```\n",
                "",
            )
        },
        &[
            "src/demo/more.md:",
            "show the checked output right under",
            "boom.stderr",
        ],
    );
}

#[test]
fn listings_numbered_out_of_order() {
    lint_problem(
        "numbering",
        |f| f.edit("src/demo/more.md", "Listing 1-3:", "Listing 1-5:"),
        &["src/demo/more.md:5:", "this is Listing 1-3"],
    );
}

#[test]
fn a_diagram_without_a_text_alternative() {
    lint_problem(
        "no-alt",
        |f| {
            f.edit(
                "src/demo/index.md",
                "  accDescr: A box with an arrow to another box.\n",
                "",
            )
        },
        &["src/demo/index.md:", "needs a text alternative"],
    );
}

#[test]
fn a_broken_link_and_a_broken_anchor() {
    lint_problem(
        "broken-link",
        |f| {
            f.edit(
                "src/introduction.md",
                "demo/index.md#the-demo",
                "demo/index.md#a-demo",
            )
        },
        &["src/introduction.md:3:", "no heading or id `a-demo`"],
    );
    lint_problem(
        "broken-file-link",
        |f| f.edit("src/demo/more.md", "(index.md#listing-1-1)", "(inde.md)"),
        &["src/demo/more.md:3:", "broken link `inde.md`"],
    );
}

// The compiler error index (src/error-index.md) against the snapshots.

/// The fixture with a compiler message showing E0382 in Listing 1-2, and an
/// error index that lists it correctly.
fn with_error_index(f: &Fixture) {
    f.write(
        "listings/demo/fails/moved.stderr",
        "error[E0382]: borrow of moved value: `a`\n",
    );
    f.write(
        "src/error-index.md",
        "# Compiler error index\n\n## E0382\n\nA moved value is used.\n\n\
         - [Listing 1-2](demo/index.md#listing-1-2)\n",
    );
    f.edit(
        "src/SUMMARY.md",
        "- [Later]()\n",
        "- [Later]()\n\n[Compiler error index](error-index.md)\n",
    );
}

#[test]
fn the_fixture_error_index_passes() {
    let fixture = Fixture::new("error-index-ok");
    with_error_index(&fixture);
    assert_eq!(fixture.lints(), Vec::<String>::new());
}

#[test]
fn an_error_code_missing_from_the_index() {
    lint_problem(
        "error-index-missing-code",
        |f| {
            with_error_index(f);
            f.write("src/error-index.md", "# Compiler error index\n");
        },
        &[
            "src/error-index.md",
            "no section for E0382",
            "listings/demo/fails/moved.stderr",
            "demo/index.md#listing-1-2",
        ],
    );
}

#[test]
fn an_error_code_no_snapshot_shows() {
    lint_problem(
        "error-index-extra-code",
        |f| {
            with_error_index(f);
            f.edit("src/error-index.md", "## E0382", "## E0499");
        },
        &["src/error-index.md:3", "no snapshot shows E0499"],
    );
}

#[test]
fn an_error_index_entry_without_its_listing() {
    lint_problem(
        "error-index-missing-link",
        |f| {
            with_error_index(f);
            f.edit(
                "src/error-index.md",
                "- [Listing 1-2](demo/index.md#listing-1-2)\n",
                "",
            );
        },
        &[
            "src/error-index.md:3",
            "E0382 does not link to demo/index.md#listing-1-2",
            "listings/demo/fails/moved.stderr",
        ],
    );
}
