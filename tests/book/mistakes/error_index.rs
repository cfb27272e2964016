//! The compiler error index (src/error-index.md) against the snapshots.

use super::lint_problem;
use crate::fixture::Fixture;
use book_model::Problem;

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
         - {{#ref demo/moved}}\n",
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
    assert_eq!(fixture.lints(), Vec::<Problem>::new());
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
            "{{#ref demo/moved}}",
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
                "- {{#ref demo/moved}}\n",
                "",
            );
        },
        &[
            "src/error-index.md:3",
            "E0382 does not list `{{#ref demo/moved}}`",
            "listings/demo/fails/moved.stderr",
        ],
    );
}
