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
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let test = |bless: bool| {
        let mut command = Command::new(&cargo);
        command.current_dir(root()).args([
            "test",
            "--package",
            work::SUITE_PACKAGE,
            "--test",
            work::SUITE_TEST,
        ]);
        if bless {
            command
                .arg("--")
                .args(work::bless_filters())
                .env(work::BLESS_VAR, "1");
        }
        command.status().context("cannot run cargo")
    };
    let written = test(true)?;
    let status = if written.success() {
        test(false)?
    } else {
        written
    };
    let changed = Command::new("git")
        .current_dir(root())
        .args([
            "status",
            "--short",
            "--untracked-files=all",
            "--",
            "listings",
        ])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
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
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo)
        .current_dir(root())
        .args(["test", "--package", work::SUITE_PACKAGE, "--test", work::SUITE_TEST, "--", "lints::"])
        .env(work::QUIZ_BLESS_VAR, "1")
        .status()
        .context("cannot run cargo")?;
    let changed = Command::new("git")
        .current_dir(root())
        .args(["status", "--short", "--", work::QUIZ_ANSWERS])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
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
