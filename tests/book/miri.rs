//! Miri, the interpreter that detects undefined behaviour, on the listings
//! that need it: every `ub` listing (which must be reported) and every runs
//! listing that uses `unsafe` (which must run clean and print its snapshot).
//!
//! The listings are binaries of one generated crate (`Work::Miri`), each run
//! with `cargo miri run` on the nightly toolchain, two at a time. A listing's
//! extra flags are a line of its own: `//@ miri-flags: -Zmiri-tree-borrows`.
//! A run that passed is recorded, keyed on every input (the listing, its
//! snapshot, its flags, Miri's version, this harness), and is not run again
//! until one changes, as cargo does for a build.

use crate::programs::{Run, run_command};
use crate::tools;
use book_model::record::{Records, fingerprint, two_at_a_time};
use book_model::{Kind, Listing, Problem, manifest, work::Work};
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// A listing that Miri interprets longer than this has hung.
const TIME_LIMIT: Duration = Duration::from_secs(120);

/// What a Miri run printed (its stderr normalized), or why there is none.
pub type MiriRun = Result<Run, String>;

/// The command line the reader would type, as the first line of a `ub`
/// snapshot: which aliasing model ran is part of what the report means.
pub fn command_line(flags: &[String]) -> String {
    if flags.is_empty() {
        "$ cargo +nightly miri run".to_string()
    } else {
        format!("$ MIRIFLAGS=\"{}\" cargo +nightly miri run", flags.join(" "))
    }
}

/// Runs, under Miri, each listing of `listings` (of the book at `root`)
/// that has no record of a passed check, and returns their runs by unique
/// name. `passed(listing, run)` says whether a run passed (and so is
/// recorded); it is asked after the run.
pub fn run_unrecorded(
    root: &Path,
    work_dir: &Path,
    listings: &[&Listing],
    passed: &(dyn Fn(&Listing, &MiriRun) -> bool + Sync),
) -> Result<HashMap<String, MiriRun>, Problem> {
    let records = Records::in_work_dir(work_dir);
    let todo: Vec<&Listing> = listings.iter().copied().filter(|l| !records.passed(l, &key(l))).collect();
    if todo.is_empty() {
        return Ok(HashMap::new());
    }
    tools::MIRI.check(root, book_model::work::blessing())?;
    // Every listing Miri checks is a binary, whichever the caller runs, so
    // that the two tests that share this crate never rewrite its manifest.
    let inventory = book_model::inventory::scan(root);
    let bins: Vec<(String, PathBuf)> = inventory
        .listings
        .iter()
        .filter(|l| l.checked_by_miri())
        .map(|l| (l.unique_name(), l.path.clone()))
        .collect();
    crate::programs::write_if_changed(
        &work_dir.join("Cargo.toml"),
        &manifest::programs(Work::Miri.folder(), &bins),
    );
    let runs = two_at_a_time(&todo, |listing| {
        let run = run(root, work_dir, listing);
        if passed(listing, &run) {
            records.record(listing, &key(listing));
        }
        run
    });
    Ok(todo.iter().map(|l| l.unique_name()).zip(runs).collect())
}

fn run(root: &Path, work_dir: &Path, listing: &Listing) -> MiriRun {
    let mut command = Command::new("rustup");
    command
        .current_dir(work_dir)
        .args(["run", tools::MIRI_TOOLCHAIN, "cargo", "miri", "run", "--quiet", "--bin"])
        .arg(listing.unique_name())
        .env("CARGO_TARGET_DIR", work_dir.join("target"))
        .env("MIRIFLAGS", listing.miri_flags().join(" "));
    // What the stable cargo running this test set for itself.
    for var in [
        "CARGO",
        "RUSTC",
        "RUSTDOC",
        "RUSTC_WRAPPER",
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_MANIFEST_DIR",
        "CARGO_BUILD_TARGET",
        "RUSTUP_TOOLCHAIN",
    ] {
        command.env_remove(var);
    }
    let mut run = run_command(command, TIME_LIMIT)?;
    run.stderr = normalize(&run.stderr, root);
    Ok(run)
}

/// Everything a Miri verdict depends on: the listing, its snapshot, Miri's
/// version (and the compiler's, for the native runs of `//@ native-run`),
/// this harness.
fn key(listing: &Listing) -> String {
    let files = [listing.source_bytes(), fs::read(listing.snapshot()).unwrap_or_default()];
    let miri = tools::MIRI.installed().unwrap_or_default();
    // The native runs a ub listing may show come from the book's compiler.
    let rustc = if listing.native_run() { tools::RUSTC.installed().unwrap_or_default() } else { String::new() };
    fingerprint(files.iter().map(Vec::as_slice).chain([
        miri.as_bytes(),
        rustc.as_bytes(),
        include_str!("miri.rs").as_bytes(),
        include_str!("ub.rs").as_bytes(),
    ]))
}

/// Miri's report made stable: the repository's path taken off the
/// listing's (which keeps its line and column), the toolchain's source path
/// written `$RUST/library/...`, and allocation ids and borrow tags, which
/// change with the seed and with whatever ran before, renumbered in the
/// order they appear (`alloc1`, `<1>`).
pub fn normalize(text: &str, root: &Path) -> String {
    let text = text.replace(&format!("{}/", root.display()), "");
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(&rust_src(line));
        out.push('\n');
    }
    let out = renumber(&out, "alloc", "", |c| c.is_ascii_digit());
    renumber(&out, "<", ">", |c| c.is_ascii_digit())
}

/// `.../lib/rustlib/src/rust/library/x` becomes `$RUST/library/x`.
fn rust_src(line: &str) -> String {
    const MARK: &str = "/lib/rustlib/src/rust/library/";
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find(MARK) {
        let start = rest[..at].rfind([' ', '(']).map_or(0, |i| i + 1);
        out.push_str(&rest[..start]);
        out.push_str("$RUST/library/");
        rest = &rest[at + MARK.len()..];
    }
    out.push_str(rest);
    out
}

/// Each `<prefix><digits><suffix>` (not inside a longer word) renumbered
/// 1, 2, ... in order of first appearance.
fn renumber(text: &str, prefix: &str, suffix: &str, digit: impl Fn(char) -> bool) -> String {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().last();
        let after = &rest[at + prefix.len()..];
        let digits: String = after.chars().take_while(|c| digit(*c)).collect();
        let whole = !digits.is_empty()
            && after[digits.len()..].starts_with(suffix)
            && !before.is_some_and(|c| c.is_alphanumeric() || c == '_');
        out.push_str(&rest[..at + prefix.len()]);
        if whole {
            let next = seen.len() + 1;
            let n = *seen.entry(digits.clone()).or_insert(next);
            out.push_str(&n.to_string());
            rest = &after[digits.len()..];
        } else {
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The runs listings that use `unsafe` run clean under Miri (with their
/// declared flags; a listing that leaks on purpose says
/// `//@ miri-flags: -Zmiri-ignore-leaks`) and print what their snapshot
/// holds. Miri writes nothing: their snapshots are the native runs'.
#[test]
fn runs_listings_that_use_unsafe_run_clean_under_miri() {
    let root = crate::root();
    let inventory = book_model::inventory::scan(root);
    let listings: Vec<&Listing> = inventory.listings.iter().filter(|l| l.checked_by_miri()).collect();
    let clean = |listing: &Listing, run: &MiriRun| -> Result<(), Problem> {
        if listing.kind != Kind::Runs {
            return Ok(());
        }
        let run = run.as_ref().map_err(|e| Problem::in_file(&listing.shown, format!("under Miri: {e}")))?;
        if run.code != Some(0) {
            return Err(Problem::in_file(
                &listing.shown,
                format!(
                    "Miri reports a problem in a runs listing (sound unsafe code must run clean; \
                     a listing that leaks on purpose declares `//@ miri-flags: -Zmiri-ignore-leaks`):\n{}",
                    run.stderr
                ),
            ));
        }
        let expected = fs::read_to_string(listing.snapshot()).unwrap_or_default();
        if run.stdout != expected {
            return Err(Problem::in_file(
                &listing.snapshot_shown(),
                format!(
                    "under Miri the listing printed something else than its snapshot:\n{}",
                    crate::snapshot::diff(&expected, &run.stdout, &listing.snapshot_shown())
                ),
            ));
        }
        Ok(())
    };
    let work_dir = Work::Miri.dir(&crate::target_dir());
    let runs: Vec<&Listing> = listings.iter().copied().filter(|l| l.kind == Kind::Runs).collect();
    assert!(runs.len() >= 5, "only {} runs listings use unsafe", runs.len());
    let results = run_unrecorded(root, &work_dir, &runs, &|l, r| clean(l, r).is_ok());
    let mut report = book_model::Report::default();
    match results {
        Err(problem) => report.push(problem),
        Ok(results) => {
            for listing in &runs {
                if let Some(run) = results.get(&listing.unique_name()) {
                    report.checked += 1;
                    if let Err(problem) = clean(listing, run) {
                        report.push(problem);
                    }
                }
            }
        }
    }
    report.assert_ok("the runs listings under Miri");
}
