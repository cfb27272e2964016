//! `cargo xtask bless`: rewrites the listings' snapshots, then runs the
//! book's whole suite against them.

use anyhow::{Context, Result, bail};
use std::process::Command;
use book_model::work;
use xtask::root;

/// Rewrites the snapshots, then checks the whole book against them.
///
/// First only the tests that write snapshots run (one module per kind of
/// listing, `book_model::work::bless_filters`), with the one switch
/// `book_model::work::BLESS_VAR`; then every test runs as usual, so that
/// nothing (a lint, say) looks at a snapshot while it is being written.
pub fn bless() -> Result<()> {
    let written = suite(&work::bless_filters(), work::BLESS_VAR)?;
    let status = if written.success() {
        suite(&[], "")?
    } else {
        written
    };
    let changed = git_status(&["--untracked-files=all", "--", "listings"]);
    if changed.is_empty() {
        println!("no snapshot changed");
    } else {
        println!("snapshots that changed (read each before you commit):\n{changed}");
    }
    if !status.success() {
        bail!("the tests failed while blessing; the report above says why");
    }
    Ok(())
}

/// `cargo xtask bless --quizzes`: records in `tests/book/quizzes.toml` the
/// answer each question's listing gives now. The suite fails, naming the
/// question, while a recorded answer differs from the snapshot's, because
/// the question's explanations were written for the old one: reread them
/// first.
pub fn quizzes() -> Result<()> {
    let status = suite(&["lints::".to_string()], work::QUIZ_BLESS_VAR)?;
    let changed = git_status(&["--", work::QUIZ_ANSWERS]);
    if changed.is_empty() {
        println!("no recorded answer changed");
    } else {
        println!("recorded answers written (read `git diff {}`):\n{changed}", work::QUIZ_ANSWERS);
    }
    if !status.success() {
        bail!("the lints failed while recording the answers; the report above says why");
    }
    Ok(())
}

/// Runs the book's suite, only the tests `filters` name (all when empty),
/// with the switch `var` (none when empty) set to `1`.
fn suite(filters: &[String], var: &str) -> Result<std::process::ExitStatus> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(root())
        .args(["test", "--package", work::SUITE_PACKAGE, "--test", work::SUITE_TEST]);
    if !filters.is_empty() {
        command.arg("--").args(filters);
    }
    if !var.is_empty() {
        command.env(var, "1");
    }
    command.status().context("cannot run cargo")
}

/// `git status --short` with `args`: what changed there.
fn git_status(args: &[&str]) -> String {
    Command::new("git")
        .current_dir(root())
        .args(["status", "--short"])
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}
