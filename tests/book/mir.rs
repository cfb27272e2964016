//! The MIR the book quotes. A runs listing with a line `//@ mir: f` has a
//! snapshot `<name>.mir`: the compiler's MIR of its function `f`, as
//! `rustc --emit=mir` writes it with the book's toolchain (edition 2024, a
//! debug build). A does-not-compile listing has no such MIR: its snapshot
//! is the MIR the borrow checker reads, as the nightly compiler dumps it
//! after the `renumber` pass (`-Zdump-mir`), less the statements that only
//! the checker uses (`CHECKER_ONLY`). Both go through one documented filter
//! (`filter`): the function's
//! body only, without the blocks that run only while unwinding (`(cleanup)`),
//! and with each call's `-> [return: bbN, unwind: ...]` (an assertion's
//! `-> [success: bbN, ...]`) written `-> bbN`.
//! The page shows it with `{{#mir ../../listings/<chapter>/runs/<name>.rs}}`.

use crate::snapshot;
use book_model::record::{Records, fingerprint};
use book_model::{Kind, Listing, Problem, Report, work};
use std::fs;
use std::path::Path;
use std::process::Command;

/// `f`'s MIR in `mir` (all of a crate's MIR), filtered as the module says.
pub fn filter(mir: &str, function: &str) -> Option<String> {
    let start = mir.lines().position(|l| l.starts_with(&format!("fn {function}(")))?;
    let mut out = Vec::new();
    let mut in_cleanup = false;
    for line in mir.lines().skip(start) {
        let trimmed = line.trim();
        if trimmed.starts_with("bb") && trimmed.ends_with("(cleanup): {") {
            in_cleanup = true;
            continue;
        }
        if in_cleanup {
            if line == "    }" {
                in_cleanup = false;
            }
            continue;
        }
        if line.is_empty() && out.last().is_some_and(|l: &String| l.is_empty()) {
            continue; // the blank line after a block left out
        }
        out.push(short_return(line));
        if line == "}" {
            break;
        }
    }
    Some(out.join("\n") + "\n")
}

/// `-> [return: bb3, unwind: bb9];` becomes `-> bb3;`, and an assertion's
/// `-> [success: bb4, unwind continue];` becomes `-> bb4;`.
fn short_return(line: &str) -> String {
    let Some((at, word)) = ["-> [return: ", "-> [success: "].iter().find_map(|w| Some((line.find(w)?, *w))) else {
        return line.to_string();
    };
    let rest = &line[at + word.len()..];
    let Some(comma) = rest.find(',') else { return line.to_string() };
    let Some(end) = rest.find("];") else { return line.to_string() };
    format!("{}-> {};{}", &line[..at], &rest[..comma], &rest[end + 2..])
}

/// Statements of the borrow checker's MIR that the filter leaves out of a
/// does-not-compile listing's: storage markers, and the reads, mentions and
/// type ascriptions that exist only for the checker.
const CHECKER_ONLY: [&str; 5] = ["StorageLive(", "StorageDead(", "FakeRead(", "PlaceMention(", "AscribeUserType("];

/// The MIR of a does-not-compile listing: it has no `--emit=mir`, but the
/// nightly compiler (the toolchain that runs Miri) dumps the MIR the borrow
/// checker reads, after the `renumber` pass, before the error.
fn dump(root: &Path, work_dir: &Path, listing: &Listing, function: &str) -> Result<String, Problem> {
    crate::tools::MIRI.check(root, work::blessing())?;
    let dir = work_dir.join(listing.unique_name());
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let output = Command::new("rustup")
        .current_dir(work_dir)
        .args(["run", crate::tools::MIRI_TOOLCHAIN, "rustc", "--edition", "2024", "--crate-type", "bin"])
        .args(["--crate-name", "listing", "--emit=metadata", "-Zmir-include-spans=no"])
        .arg(format!("-Zdump-mir={function}"))
        .arg(format!("-Zdump-mir-dir={}", dir.display()))
        .arg("-o")
        .arg(dir.join("listing.rmeta"))
        .arg(&listing.path)
        .env_remove("RUSTUP_TOOLCHAIN")
        .output()
        .map_err(|e| Problem::in_file(&listing.shown, format!("cannot run rustup: {e}")))?;
    let file = dir.join(format!("listing.{function}.-------.renumber.0.mir"));
    fs::read_to_string(&file).map_err(|_| {
        Problem::in_file(
            &listing.shown,
            format!(
                "the nightly compiler dumped no MIR of `{function}` after `renumber`:\n{}",
                String::from_utf8_lossy(&output.stderr)
            ),
        )
    })
    .map(|mir| {
        mir.lines()
            .filter(|l| !CHECKER_ONLY.iter().any(|s| l.trim_start().starts_with(s)))
            .map(|l| format!("{l}\n"))
            .collect()
    })
}

fn emit(work_dir: &Path, listing: &Listing) -> Result<String, Problem> {
    fs::create_dir_all(work_dir).unwrap();
    let out = work_dir.join(format!("{}.mir", listing.unique_name()));
    // From the repository, whose rust-toolchain.toml names the compiler
    // (a fixture book has none); the listing's path is absolute.
    let output = Command::new("rustc")
        .current_dir(crate::root())
        .args(["--edition", "2024", "--crate-type", "bin", "--crate-name", "listing", "--emit=mir", "-o"])
        .arg(&out)
        .arg(&listing.path)
        .output()
        .map_err(|e| Problem::in_file(&listing.shown, format!("cannot run rustc: {e}")))?;
    if !output.status.success() {
        return Err(Problem::in_file(
            &listing.shown,
            format!("rustc --emit=mir failed:\n{}", String::from_utf8_lossy(&output.stderr)),
        ));
    }
    Ok(fs::read_to_string(&out).unwrap())
}

/// Everything a MIR snapshot's check depends on: the listing, the snapshot,
/// the compiler that wrote it, this harness.
fn key(listing: &Listing) -> String {
    let files = [listing.source_bytes(), fs::read(listing.mir_snapshot()).unwrap_or_default()];
    let compiler = if listing.kind == Kind::Fails { &crate::tools::MIRI } else { &crate::tools::RUSTC };
    let version = compiler.installed().unwrap_or_default();
    fingerprint(files.iter().map(Vec::as_slice).chain([version.as_bytes(), include_str!("mir.rs").as_bytes()]))
}

pub fn check(root: &Path, work_dir: &Path, bless: bool) -> Report {
    let inventory = book_model::inventory::scan(root);
    let mut report = Report::default();
    let records = Records::in_work_dir(work_dir);
    for listing in inventory.listings.iter().filter(|l| matches!(l.kind, Kind::Runs | Kind::Fails)) {
        let Some(function) = listing.mir_function() else { continue };
        if records.passed(listing, &key(listing)) {
            report.cached += 1;
            continue;
        }
        let shown = format!("{}.mir", listing.shown.strip_suffix(".rs").unwrap());
        let mir = if listing.kind == Kind::Fails {
            dump(root, work_dir, listing, &function)
        } else {
            emit(work_dir, listing)
        };
        let result = mir.and_then(|mir| {
            let filtered = filter(&mir, &function).ok_or_else(|| {
                Problem::in_file(&listing.shown, format!("the compiler's MIR has no function `{function}`"))
            })?;
            snapshot::check(&listing.mir_snapshot(), &shown, &filtered, bless)
        });
        // A snapshot just written holds what the compiler wrote.
        if result.is_ok() {
            records.record(listing, &key(listing));
        }
        snapshot::tally(&mut report, &shown, result);
    }
    report
}

/// Under `cargo xtask bless` the snapshots are written instead.
#[test]
fn mir_snapshots_are_the_compilers_mir_of_their_function() {
    assert!(
        module_path!().ends_with("::mir"),
        "cargo xtask bless runs the MIR snapshots' writer as `mir::`"
    );
    let work_dir = crate::target_dir().join("book-mir");
    let report = check(crate::root(), &work_dir, work::blessing());
    assert!(report.checked + report.cached >= 3, "only {} listings name a function for their MIR", report.checked + report.cached);
    report.assert_ok("the MIR snapshots");
}

#[test]
fn the_filter_keeps_the_function_without_its_cleanup_blocks() {
    let mir = "fn other() -> () {\n    bb0: {\n        return;\n    }\n}\n\n\
               fn f() -> () {\n    let mut _0: ();\n\n    bb0: {\n        \
               _1 = g() -> [return: bb1, unwind: bb2];\n    }\n\n    bb1: {\n        return;\n    }\n\n    \
               bb2 (cleanup): {\n        resume;\n    }\n}\n";
    assert_eq!(
        filter(mir, "f").unwrap(),
        "fn f() -> () {\n    let mut _0: ();\n\n    bb0: {\n        _1 = g() -> bb1;\n    }\n\n    \
         bb1: {\n        return;\n    }\n\n}\n"
    );
}
