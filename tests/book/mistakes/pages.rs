//! Code fences, Rust blocks in the Markdown, SUMMARY.md, diagrams, links.

use super::lint_problem;

// A fence without a language, or Rust that bypasses verification.

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

// A chapter file named in SUMMARY.md that does not exist.

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
        |f| f.edit("src/demo/more.md", "(index.md#the-demo)", "(inde.md)"),
        &["src/demo/more.md:3:", "broken link `inde.md`"],
    );
}


#[test]
fn a_page_that_talks_about_how_the_book_was_made() {
    lint_problem(
        "making-of",
        |f| f.edit("src/demo/more.md", "# More\n", "# More\n\nThe test suite runs this.\n"),
        &["src/demo/more.md:3:", "\"test suite\": the page talks about how the book was made"],
    );
}
