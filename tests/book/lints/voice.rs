//! The book speaks to the reader about memory, not about how it was made:
//! only the introduction's section on what is checked talks about the
//! checks. These are the phrases that slipped into chapters before.

use book_model::Problem;
use book_model::book::Page;

/// Lower-case phrases a page other than the introduction may not use.
const ABOUT_ITS_MAKING: &[&str] = &[
    "seed note",
    "notes this book",
    "this book started from",
    "test suite",
    "trybuild",
    "skeptic",
    "cargo xtask",
];

/// The one page that explains how the book is checked.
const INTRODUCTION: &str = "introduction.md";

pub fn check(page: &Page, problems: &mut Vec<Problem>) {
    if page.rel == INTRODUCTION || page.rel.starts_with("../") {
        return;
    }
    for (i, line) in page.text.lines().enumerate() {
        let lower = line.to_lowercase();
        for phrase in ABOUT_ITS_MAKING {
            if lower.contains(phrase) {
                problems.push(Problem::at(
                    page.shown(),
                    i + 1,
                    format!(
                        "\"{phrase}\": the page talks about how the book was made; \
                         speak to the reader (how the book is checked is the \
                         introduction's to explain)"
                    ),
                ));
            }
        }
    }
}
