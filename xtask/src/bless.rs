//! `cargo xtask bless`: rewrites the listings' snapshots, then runs the
//! book's whole suite against them.

use anyhow::{Context, Result, bail};
use std::process::Command;
use xtask::root;

/// Rewrites the snapshots, then checks the whole book against them.
///
/// First only the tests that write snapshots run, with `BOOK_BLESS=1` (the
/// harness's program outputs) and `TRYBUILD=overwrite` (trybuild's compiler
/// messages); then every test runs as usual, so that nothing (a lint, say)
/// looks at a snapshot while it is being written.
pub fn bless() -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let test = |bless: bool| {
        let mut command = Command::new(&cargo);
        command.current_dir(root()).args([
            "test",
            "--package",
            "rust-memory-book",
            "--test",
            "book",
        ]);
        if bless {
            // The test paths of the snapshot writers (tests/book/main.rs).
            command
                .args(["--", "compiler::", "programs::"])
                .env("BOOK_BLESS", "1")
                .env("TRYBUILD", "overwrite");
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
