//! The layout of listings/ and the `{{#listing}}` / `{{#ref}}` directives.

use super::lint_problem;

#[test]
fn an_orphan_listing() {
    lint_problem(
        "orphan",
        |f| {
            f.write("listings/demo/runs/extra.rs", "fn main() {}\n");
            f.write("listings/demo/runs/extra.stdout", "");
        },
        &["listings/demo/runs/extra.rs: no chapter shows this listing"],
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
        &["listings/demo/runs/hello.rs: no snapshot hello.stdout", "cargo xtask bless"],
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

#[test]
fn a_listing_directive_naming_a_missing_file() {
    lint_problem(
        "missing-listing",
        |f| f.edit("src/demo/index.md", "runs/hello.rs \"", "runs/helo.rs \""),
        &["src/demo/index.md:3:", "runs/helo.rs` is not a listing"],
    );
}

#[test]
fn a_listing_directive_naming_a_missing_anchor() {
    lint_problem(
        "missing-anchor",
        |f| f.edit("src/demo/more.md", "excerpt.rs:middle", "excerpt.rs:centre"),
        &["src/demo/more.md:7:", "no anchor `centre`"],
    );
}

#[test]
fn a_listing_directive_by_line_numbers() {
    lint_problem(
        "line-range",
        |f| f.edit("src/demo/more.md", "excerpt.rs:middle", "excerpt.rs:2:4"),
        &["src/demo/more.md:7:", "line ranges drift silently"],
    );
}

#[test]
fn a_listing_directive_without_a_caption() {
    lint_problem(
        "no-caption",
        |f| f.edit("src/demo/index.md", " \"Hello\"}}", "}}"),
        &["src/demo/index.md:3:", "a listing needs a caption"],
    );
}

#[test]
fn a_listing_shown_in_another_chapter() {
    lint_problem(
        "other-chapter",
        |f| {
            f.edit("src/SUMMARY.md", "- [Later]()", "- [Later](later/index.md)");
            f.write(
                "src/later/index.md",
                "# Later\n\n{{#listing ../../listings/demo/runs/hello.rs \"Again\"}}\n",
            );
        },
        &["src/later/index.md:3:", "belongs to the `demo` chapter"],
    );
}

#[test]
fn a_listing_shown_twice() {
    lint_problem(
        "twice",
        |f| {
            f.edit(
                "src/demo/more.md",
                "# More\n",
                "# More\n\n{{#listing ../../listings/demo/runs/hello.rs \"Again\"}}\n",
            )
        },
        &["src/demo/more.md:3:", "already shown at src/demo/index.md:3"],
    );
}

#[test]
fn a_reference_to_a_listing_that_does_not_exist() {
    lint_problem(
        "bad-ref",
        |f| f.edit("src/demo/more.md", "{{#ref hello}}", "{{#ref helo}}"),
        &["src/demo/more.md:3:", "`{{#ref helo}}` names no listing"],
    );
}

#[test]
fn a_reference_cut_by_a_line_break() {
    lint_problem(
        "split-ref",
        |f| f.edit("src/demo/more.md", "{{#ref hello}}", "{{#ref\nhello}}"),
        &["src/demo/more.md:3:", "`{{#ref` is cut by a line break"],
    );
}

#[test]
fn a_listing_number_written_by_hand() {
    lint_problem(
        "number-by-hand",
        |f| f.edit("src/demo/more.md", "{{#ref hello}}", "Listing 1-1"),
        &["src/demo/more.md:3:", "`Listing 1-1` written by hand"],
    );
}

#[test]
fn a_listing_number_written_by_hand_across_two_lines() {
    lint_problem(
        "number-by-hand-wrapped",
        |f| f.edit("src/demo/more.md", "See {{#ref hello}} on", "See Listing\n1-1 on"),
        &["src/demo/more.md:3:", "`Listing 1-1` written by hand"],
    );
}

#[test]
fn a_listing_figure_written_by_hand() {
    lint_problem(
        "figure-by-hand",
        |f| {
            f.edit(
                "src/demo/more.md",
                "{{#listing ../../listings/demo/panics/boom.rs \"Boom\"}}",
                "<figure class=\"listing\" id=\"x\">\n<figcaption>Boom</figcaption>\n\n\
                 ```rust,should_panic\n{{#include ../../listings/demo/panics/boom.rs}}\n```\n\n\
                 </figure>",
            )
        },
        &["src/demo/more.md:5:", "a listing's figure written by hand"],
    );
}

/// What the preprocessor renders for a listing: its number, its kind's
/// badge and fence, the listing and its own snapshot right below it, then
/// the link that opens it in the Playground.
#[test]
fn a_rendered_listing_shows_its_badge_and_its_snapshot() {
    let fixture = crate::fixture::Fixture::new("render");
    let inventory = book_model::inventory::scan(&fixture.root);
    let pages = crate::lints::pages(&fixture.root);
    let (numbering, problems) = book_model::book::Numbering::of(&fixture.root, &inventory, &pages);
    assert!(problems.is_empty(), "{problems:?}");
    let more = pages.iter().find(|p| p.rel == "demo/more.md").unwrap();
    let html = book_model::book::render(more, &numbering).unwrap();
    assert!(html.contains("See [Listing 1-1](index.md#listing-1-1) on"), "{html}");
    assert!(
        html.contains(
            "<figure class=\"listing\" id=\"listing-1-3\">\n<figcaption><span class=\"badge \
             panics\">Panics</span> Listing 1-3: Boom</figcaption>\n\n```rust,should_panic\n\
             {{#include ../../listings/demo/panics/boom.rs}}\n```\n\n```text\n\
             {{#include ../../listings/demo/panics/boom.stderr}}\n```\n\n\
             <p class=\"open-in-playground\"><a href=\"https://play.rust-lang.org/?version=stable\
             &amp;mode=debug&amp;edition=2024&amp;code="
        ),
        "{html}"
    );
    assert!(html.contains("{{#include ../../listings/demo/runs/excerpt.rs:middle}}\n```\n\n```text\n{{#include ../../listings/demo/runs/excerpt.stdout}}"), "{html}");
}
