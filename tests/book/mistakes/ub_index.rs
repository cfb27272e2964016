//! The undefined-behaviour index (src/ub-index.md) against the reports in
//! the snapshots.

use super::lint_problem;
use crate::fixture::Fixture;
use book_model::Problem;

/// The fixture with a `ub` listing whose report is a use after free, shown
/// on its page, and an index that files it correctly.
fn with_ub_index(f: &Fixture) {
    f.write("listings/demo/ub/freed.rs", "fn main() {}\n");
    f.write(
        "listings/demo/ub/freed.stderr",
        "$ cargo +nightly miri run\nerror: Undefined Behavior: memory access failed: \
         alloc1 has been freed, so this pointer is dangling\n",
    );
    let page = std::fs::read_to_string(f.path("src/demo/more.md")).unwrap();
    f.write(
        "src/demo/more.md",
        &format!("{page}\n{{{{#listing ../../listings/demo/ub/freed.rs \"Freed\"}}}}\n"),
    );
    f.write(
        "src/ub-index.md",
        "# Undefined behaviour index\n\n## Use after free\n\nFreed memory is used.\n\n\
         Reported as: `has been freed`\n\n- {{#ref demo/freed}}\n",
    );
    f.edit(
        "src/SUMMARY.md",
        "- [Later]()\n",
        "- [Later]()\n\n[Undefined behaviour index](ub-index.md)\n",
    );
}

#[test]
fn the_fixture_ub_index_passes() {
    let fixture = Fixture::new("ub-index-ok");
    with_ub_index(&fixture);
    assert_eq!(fixture.lints(), Vec::<Problem>::new());
}

#[test]
fn a_report_no_section_of_the_ub_index_matches() {
    lint_problem(
        "ub-index-unmatched",
        |f| {
            with_ub_index(f);
            f.edit("src/ub-index.md", "Reported as: `has been freed`", "Reported as: `double-free`");
        },
        &["src/ub-index.md", "no section's `Reported as:` words are in the report of demo/freed"],
    );
}

#[test]
fn a_ub_index_section_without_its_listing() {
    lint_problem(
        "ub-index-missing-link",
        |f| {
            with_ub_index(f);
            f.edit("src/ub-index.md", "- {{#ref demo/freed}}\n", "");
        },
        &["src/ub-index.md:3:", "\"Use after free\" does not list `{{#ref demo/freed}}`"],
    );
}

#[test]
fn a_ub_index_section_no_report_matches() {
    lint_problem(
        "ub-index-extra-section",
        |f| {
            with_ub_index(f);
            let index = std::fs::read_to_string(f.path("src/ub-index.md")).unwrap();
            f.write(
                "src/ub-index.md",
                &format!("{index}\n## Double free\n\nFreed twice.\n\nReported as: `double-free`\n"),
            );
        },
        &["src/ub-index.md:11:", "no listing's report is of the kind \"Double free\""],
    );
}
