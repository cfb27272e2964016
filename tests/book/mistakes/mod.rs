//! Proof that every mistake a maintainer can make fails the test suite with a
//! message that names the file (and line) and shows the difference. Each test
//! writes the small book of `fixture`, checks that it passes, breaks one
//! thing and checks what the harness says. Tests are named for the mistake.
//!
//! - `programs`: runs and panics listings (one shared batch of broken copies);
//! - `fails`: does-not-compile listings, through trybuild;
//! - `listings`: the layout of listings/ and the `{{#listing}}` directive;
//! - `pages`: fences, Markdown Rust blocks, SUMMARY.md, diagrams, links;
//! - `error_index`: src/error-index.md against the snapshots;
//! - `native`: C listings under the sanitizers, ub listings under Miri;
//! - `ub_index`: src/ub-index.md against the reports;
//! - `quizzes`: questions against their snapshots and recorded answers.

mod error_index;
mod fails;
mod listings;
mod native;
mod pages;
mod programs;
mod quizzes;
mod ub_index;

use crate::fixture::Fixture;
use book_model::Problem;

/// Asserts that some problem mentions every fragment.
#[track_caller]
pub fn assert_reported(problems: &[Problem], fragments: &[&str]) {
    let texts: Vec<String> = problems.iter().map(Problem::to_string).collect();
    assert!(
        texts.iter().any(|p| fragments.iter().all(|f| p.contains(f))),
        "expected a problem mentioning {fragments:?}, got:\n{}",
        texts.join("\n")
    );
}

#[track_caller]
pub fn lint_problem(name: &str, break_it: impl FnOnce(&Fixture), fragments: &[&str]) {
    let fixture = Fixture::new(name);
    let before = fixture.lints();
    assert!(
        before.is_empty(),
        "the fixture should pass before it is broken: {before:?}"
    );
    break_it(&fixture);
    assert_reported(&fixture.lints(), fragments);
}
