//! Does-not-compile listings: each must fail to compile with exactly the
//! compiler message in its `.stderr` snapshot, as trybuild normalizes it
//! (`trybuild::TestCases::compile_fail`, all in one batched `cargo check`).
//!
//! Runs listings are not given to trybuild: its `pass` mode builds and runs
//! each case on its own after a `cargo clean`; `programs` builds them all
//! in one batch with warnings denied and `runs` compares their stdout.
//!
//! Two things keep this fast without checking less:
//!
//! - trybuild compiles every dependency of the package it runs for into its
//!   crate. It reads that package from `CARGO_MANIFEST_DIR`, so it runs in a
//!   child process (this test binary, `fails::trybuild_child`) whose
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
//!   `cargo xtask bless` (BOOK_BLESS=1, which this module passes on to
//!   trybuild as TRYBUILD=overwrite) checks all.
//!
//! rustc words some messages by their length. The type of a closure or an
//! async block is named by its file's absolute path
//! (`{closure@/home/me/book/listings/...rs:8:32: 8:39}`), and an E0277 moves
//! "the trait `Send` is not implemented for ..." from its label to a `help`
//! once that sentence is longer than the diagnostic width (140 columns).
//! The same listing was worded one way in one clone and the other way in a
//! clone at a longer path. So trybuild is given `<work_dir>` through
//! `/tmp/rust-memory-book-<16 hex digits>`, a symlink of the same length
//! wherever the book is cloned (see `alias`).

use book_model::{Kind, Listing, Problem, Report, manifest, work};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Checks every does-not-compile listing of `listings` (paths under `root`)
/// with trybuild, building in `work_dir`. `bless` rewrites the snapshots.
/// trybuild's report is one text for all listings; each listing it names
/// as failing becomes a problem of its own, with trybuild's words for it.
pub fn check(root: &Path, work_dir: &Path, listings: &[&Listing], bless: bool) -> (Report, String) {
    let fails: Vec<&Listing> = listings
        .iter()
        .copied()
        .filter(|l| l.kind == Kind::Fails)
        .collect();
    fs::create_dir_all(work_dir.join("src")).unwrap();
    let manifest = manifest::fails(work::Work::Fails.folder());
    write_if_changed(&work_dir.join("Cargo.toml"), &manifest);
    write_if_changed(&work_dir.join("src/lib.rs"), LIB);

    let records = work_dir.join("passed");
    let key = cache_key(root, &manifest);
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
    let mut report = Report {
        cached,
        ..Report::default()
    };
    if to_check.is_empty() {
        return (report, String::new());
    }

    for listing in &to_check {
        let copy = work_dir.join(&listing.shown);
        fs::create_dir_all(copy.parent().unwrap()).unwrap();
        write_if_changed_bytes(&copy, &fs::read(&listing.path).unwrap());
        // The modules it declares with `#[path]`, where the copy finds them.
        for included in listing.included() {
            if let Ok(rel) = included.strip_prefix(root) {
                let copy = work_dir.join(rel);
                fs::create_dir_all(copy.parent().unwrap()).unwrap();
                write_if_changed_bytes(&copy, &fs::read(&included).unwrap_or_default());
            }
        }
    }
    let cases: Vec<&str> = to_check.iter().map(|l| l.shown.as_str()).collect();
    let work_dir = &alias(work_dir);
    let mut child = Command::new(std::env::current_exe().unwrap());
    child
        .current_dir(root)
        .args([
            "--exact",
            "fails::trybuild_child",
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
    report.checked = to_check.len();
    if output.status.success() {
        for listing in &to_check {
            fs::write(record_path(&records, listing), record(listing)).unwrap();
        }
    } else {
        for listing in &to_check {
            if let Some(words) = verdict(&text, &listing.shown) {
                report.push(Problem::in_file(&listing.shown, words));
            }
        }
        if report.is_ok() {
            report.push(Problem::in_file(
                "tests/book/fails.rs",
                format!("trybuild failed without naming a listing:\n{text}"),
            ));
        }
    }
    (report, text)
}

/// What trybuild says about `case` when it failed: from its `test case
/// ... mismatch` or `... error` line to the next case.
fn verdict(output: &str, case: &str) -> Option<String> {
    let start = output.find(&format!("test {case} ... "))?;
    let rest = &output[start..];
    if rest.lines().next()?.ends_with("ok") {
        return None;
    }
    let end = rest[1..].find("\ntest ").map_or(rest.len(), |i| i + 1);
    Some(format!(
        "its compiler message is not its snapshot ({}), or it compiles:\n{}",
        case.replace(".rs", ".stderr"),
        rest[..end].trim_end()
    ))
}

/// Under `cargo xtask bless` the snapshots are written instead.
#[test]
fn does_not_compile_listings_fail_with_their_stderr_snapshot() {
    crate::assert_bless_runs(module_path!(), Kind::Fails);
    let inventory = book_model::inventory::scan(crate::root());
    let listings: Vec<_> = inventory.of_kind(Kind::Fails).collect();
    let work_dir = work::Work::Fails.dir(&crate::target_dir());
    let (report, output) = check(crate::root(), &work_dir, &listings, work::blessing());
    print!("{output}");
    report.assert_ok("the does-not-compile listings (trybuild's report is above)");
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

/// A path of fixed length that leads to `work_dir`: a symlink in `/tmp`
/// named by a hash of `work_dir`, so that two clones (or the book and a
/// mistake test's fixture) do not share one.
fn alias(work_dir: &Path) -> PathBuf {
    use std::hash::{Hash, Hasher};
    let target = work_dir.canonicalize().unwrap();
    let mut hasher = std::hash::DefaultHasher::new();
    target.hash(&mut hasher);
    let link = PathBuf::from(format!("/tmp/rust-memory-book-{:016x}", hasher.finish()));
    if fs::read_link(&link).ok().as_deref() != Some(target.as_path()) {
        let _ = fs::remove_file(&link);
        // Another run may have made the same link in between.
        if let Err(e) = std::os::unix::fs::symlink(&target, &link)
            && fs::read_link(&link).ok().as_deref() != Some(target.as_path())
        {
            panic!(
                "cannot link {} to {}: {e}",
                link.display(),
                target.display()
            );
        }
    }
    link
}

const LIB: &str = "//! Empty: trybuild's crate depends on this package's library.\n";

fn record_path(records: &Path, listing: &Listing) -> PathBuf {
    records.join(listing.shown.replace('/', "__"))
}

/// The listing's bytes (and its modules'), then its snapshot's: a record
/// matches only if neither changed since the check passed.
fn record(listing: &Listing) -> Vec<u8> {
    let mut bytes = listing.source_bytes();
    bytes.extend_from_slice(b"\n\0snapshot\0\n");
    bytes.extend(fs::read(listing.snapshot()).unwrap_or_default());
    bytes
}

/// Everything besides the listing and its snapshot that a check's result
/// depends on, as text.
fn cache_key(root: &Path, manifest: &str) -> String {
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
    key.push_str(manifest);
    key.push_str(include_str!("fails.rs"));
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
