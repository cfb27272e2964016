//! The book's Markdown, checked as a maintainer would with infinite patience:
//!
//! - `summary`: every chapter SUMMARY.md names exists, every page is in it;
//! - `page`: every code fence has a known language; Rust blocks are inline
//!   code (compiled and run as programs), never `ignore`; listings are shown only
//!   through `{{#listing}}`;
//! - `figures`: every `{{#listing}}` and `{{#ref}}` resolves (through the
//!   same numbering the preprocessor renders) and is written on one line,
//!   every listing is shown once and in its chapter, no listing number is
//!   written by hand, and every diagram sits in a numbered figure with a
//!   text alternative;
//! - `links`: every relative link and `#anchor` resolves;
//! - `voice`: no page but the introduction talks about how the book was made;
//! - `format`: listings are rustfmt's and fit 80 columns.

mod figures;
mod format;
mod links;
mod page;
mod summary;
mod voice;

use book_model::book::{Numbering, Page};
use book_model::{Problem, Report};
use std::path::Path;

#[test]
fn the_book_passes_its_lints() {
    let mut report = Report::default();
    report.problems = check(crate::root());
    report.assert_ok("the book");
}

/// Checks the book under `root`; every problem names its file (and line).
pub fn check(root: &Path) -> Vec<Problem> {
    let inventory = book_model::inventory::scan(root);
    let mut problems = inventory.problems.clone();
    let pages = summary::pages(root, &mut problems);
    check_pages(root, &inventory, &pages, problems)
}

/// The book's pages, in order (problems with SUMMARY.md left out).
pub fn pages(root: &Path) -> Vec<Page> {
    summary::pages(root, &mut Vec::new())
}

fn check_pages(
    root: &Path,
    inventory: &book_model::Inventory,
    pages: &[Page],
    mut problems: Vec<Problem>,
) -> Vec<Problem> {
    let (numbering, found) = Numbering::of(root, inventory, pages);
    problems.extend(found);

    let mut parsed = Vec::new();
    for page in pages {
        parsed.push(page::Parsed::of(page, &numbering, &mut problems));
    }
    if let Ok(text) = std::fs::read_to_string(root.join("README.md")) {
        let readme = Page {
            rel: "../README.md".into(),
            chapter: None,
            text,
        };
        let parsed = page::Parsed::of(&readme, &numbering, &mut problems);
        if parsed.figures.iter().any(|f| !matches!(f.what, page::What::Code)) {
            problems.push(Problem::in_file(
                "README.md",
                "the README is not part of the book: no listings or diagrams here",
            ));
        }
    }
    let mut diagrams = std::collections::HashMap::new();
    for (page, parsed) in pages.iter().zip(&parsed) {
        figures::check(page, parsed, &numbering, &mut diagrams, &mut problems);
        voice::check(page, &mut problems);
    }
    figures::orphans(inventory, &numbering, &mut problems);
    links::check(root, pages, &parsed, &mut problems);
    crate::error_index::check(root, inventory, &numbering, pages, &mut problems);
    crate::ub_index::check(root, inventory, &numbering, pages, &mut problems);
    crate::quizzes::check(root, &numbering, &mut problems);
    problems
}
