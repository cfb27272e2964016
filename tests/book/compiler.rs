//! Does-not-compile listings: each must fail to compile with exactly the
//! compiler message in its `.stderr` snapshot, as trybuild normalizes it
//! (`trybuild::TestCases::compile_fail`, all in one batched `cargo check`).
//!
//! Runs listings are not given to trybuild. Its `pass` mode built and ran
//! each case on its own, after a `cargo clean`, so every `cargo test`
//! rebuilt all of them one by one; `programs` builds every runs listing in
//! one batched `cargo build` with warnings denied, runs each and compares
//! its stdout with the snapshot: a strict superset of what `pass` checked.
//!
//! Two things keep this fast without checking less:
//!
//! - trybuild compiles every dependency of the package it runs for into its
//!   crate. It reads that package from `CARGO_MANIFEST_DIR`, so it runs in a
//!   child process (this test binary, `trybuild_child`) whose
//!   `CARGO_MANIFEST_DIR` is a generated package without dependencies in
//!   `<work_dir>` that holds a byte-for-byte copy of each listing at the
//!   same relative path: the messages, which trybuild shows relative to that
//!   package, read `listings/...` exactly as before. Snapshots are read and
//!   written at the original paths (the child runs in the book's root), and
//!   trybuild builds in `<work_dir>/target`.
//! - cargo caches successful compilations only, so a listing that must fail
//!   would be checked again on every run. A listing whose check passed is
//!   recorded in `<work_dir>/passed/`, keyed on everything the result
//!   depends on: the listing's and its snapshot's bytes here, and in
//!   `<work_dir>/passed/key` the compiler (`rustc -vV`, whether `rust-src`
//!   is installed), `Cargo.lock` (trybuild's version), the generated
//!   manifest, this file (the flags and how trybuild is called) and the
//!   environment variables that change how cargo compiles. A recorded,
//!   unchanged listing is not compiled again, as cargo's fingerprints do for
//!   successful builds; any change to the key forgets every record.
//!   `cargo xtask bless` (BOOK_BLESS=1 or TRYBUILD=overwrite) checks all.

use crate::listing::{Kind, Listing};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What checking the does-not-compile listings found.
pub struct Report {
    /// Whether every checked listing failed with its snapshot's message.
    pub passed: bool,
    /// What trybuild printed (empty when nothing needed checking).
    pub output: String,
    /// Listings compiled now.
    pub checked: usize,
    /// Listings skipped: unchanged since their check passed.
    pub cached: usize,
}

/// Checks every does-not-compile listing of `listings` (paths under `root`)
/// with trybuild, building in `work_dir`. `bless` rewrites the snapshots.
pub fn check(root: &Path, work_dir: &Path, listings: &[&Listing], bless: bool) -> Report {
    let fails: Vec<&Listing> = listings
        .iter()
        .copied()
        .filter(|l| l.kind == Kind::Fails)
        .collect();
    fs::create_dir_all(work_dir.join("src")).unwrap();
    write_if_changed(&work_dir.join("Cargo.toml"), MANIFEST);
    write_if_changed(&work_dir.join("src/lib.rs"), LIB);

    let records = work_dir.join("passed");
    let key = cache_key(root);
    if fs::read_to_string(records.join("key")).ok().as_deref() != Some(key.as_str()) {
        let _ = fs::remove_dir_all(&records);
        fs::create_dir_all(&records).unwrap();
        fs::write(records.join("key"), &key).unwrap();
    }

    let mut to_check = Vec::new();
    for listing in &fails {
        let recorded = fs::read(record_path(&records, listing)).ok();
        if bless || recorded.is_none() || recorded != Some(record(listing)) {
            to_check.push(*listing);
        }
    }
    let cached = fails.len() - to_check.len();
    if to_check.is_empty() {
        return Report {
            passed: true,
            output: String::new(),
            checked: 0,
            cached,
        };
    }

    for listing in &to_check {
        let copy = work_dir.join(&listing.shown);
        fs::create_dir_all(copy.parent().unwrap()).unwrap();
        write_if_changed_bytes(&copy, &fs::read(&listing.path).unwrap());
    }
    let cases: Vec<&str> = to_check.iter().map(|l| l.shown.as_str()).collect();
    let mut child = Command::new(std::env::current_exe().unwrap());
    child
        .current_dir(root)
        .args([
            "--exact",
            "compiler::trybuild_child",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("CARGO_MANIFEST_DIR", work_dir)
        // trybuild shows paths under its target directory differently, so
        // that directory is beside the copies, not above them.
        .env("CARGO_TARGET_DIR", work_dir.join("target"))
        .env("BOOK_FAILS", cases.join("\n"))
        .env("NO_COLOR", "1")
        .env_remove("TRYBUILD");
    if bless {
        child.env("TRYBUILD", "overwrite");
    }
    let output = child.output().expect("cannot run the test binary");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    let passed = output.status.success();
    if passed {
        for listing in &to_check {
            fs::write(record_path(&records, listing), record(listing)).unwrap();
        }
    }
    Report {
        passed,
        output: text,
        checked: to_check.len(),
        cached,
    }
}

#[test]
fn does_not_compile_listings_fail_with_their_stderr() {
    let inventory = crate::listing::scan(crate::root());
    let listings: Vec<_> = inventory.of_kind(Kind::Fails).collect();
    let work_dir = crate::target_dir().join("book-fails");
    let bless = crate::blessing() || std::env::var_os("TRYBUILD").is_some_and(|v| v == "overwrite");
    let report = check(crate::root(), &work_dir, &listings, bless);
    print!("{}", report.output);
    assert!(
        report.passed,
        "trybuild: does-not-compile listings failed (its report is above):\n{}",
        report.output
    );
}

/// The process `check` starts: trybuild, with `CARGO_MANIFEST_DIR` set to
/// the generated package, on the listings named in `BOOK_FAILS`.
#[test]
#[ignore = "run by `check`, in a child process"]
fn trybuild_child() {
    let cases = std::env::var("BOOK_FAILS").expect("set by `check`");
    let tests = trybuild::TestCases::new();
    for case in cases.lines() {
        tests.compile_fail(case);
    }
}

/// The package trybuild makes its crate from: no dependencies. trybuild
/// also depends on the package's library, so there is an empty one.
const MANIFEST: &str = "\
# Written by tests/book/compiler.rs for trybuild: a package without
# dependencies, holding copies of the does-not-compile listings.
[package]
name = \"book-fails\"
version = \"0.0.0\"
edition = \"2024\"
publish = false

[lib]
path = \"src/lib.rs\"

[workspace]
";

const LIB: &str = "//! Empty: trybuild's crate depends on this package's library.\n";

fn record_path(records: &Path, listing: &Listing) -> PathBuf {
    records.join(listing.shown.replace('/', "__"))
}

/// The listing's bytes, then its snapshot's: a record matches only if
/// neither changed since the check passed.
fn record(listing: &Listing) -> Vec<u8> {
    let mut bytes = fs::read(&listing.path).unwrap_or_default();
    bytes.extend_from_slice(b"\n\0snapshot\0\n");
    bytes.extend(fs::read(listing.snapshot()).unwrap_or_default());
    bytes
}

/// Everything besides the listing and its snapshot that a check's result
/// depends on, as text.
fn cache_key(root: &Path) -> String {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let run = |args: &[&str]| {
        Command::new(&rustc)
            .current_dir(root)
            .args(args)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default()
    };
    let version = run(&["-vV"]);
    let sysroot = run(&["--print", "sysroot"]);
    let rust_src = Path::new(sysroot.trim()).join("lib/rustlib/src").exists();
    let mut key = format!(
        "root: {}\nrustc -vV:\n{version}sysroot: {}\nrust-src: {rust_src}\n",
        root.display(),
        sysroot.trim()
    );
    for var in [
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_BUILD_RUSTFLAGS",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "RUSTC_BOOTSTRAP",
        "CARGO_BUILD_TARGET",
        "RUSTUP_TOOLCHAIN",
    ] {
        key.push_str(&format!("{var}: {:?}\n", std::env::var_os(var)));
    }
    key.push_str(MANIFEST);
    key.push_str(include_str!("compiler.rs"));
    key.push_str(&fs::read_to_string(crate::root().join("Cargo.lock")).unwrap_or_default());
    key
}

fn write_if_changed(path: &Path, contents: &str) {
    write_if_changed_bytes(path, contents.as_bytes());
}

fn write_if_changed_bytes(path: &Path, contents: &[u8]) {
    if fs::read(path).is_ok_and(|old| old == contents) {
        return;
    }
    fs::write(path, contents).unwrap();
}
