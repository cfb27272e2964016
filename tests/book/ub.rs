//! Undefined-behaviour listings: compile warning-free with the book's
//! stable compiler (the batch in `programs`, which does not run them), and
//! Miri reports undefined behaviour in them. The snapshot `<name>.stderr`
//! is the command line (with the listing's Miri flags) and Miri's report,
//! normalized (`miri::normalize`), after, for a listing with a line
//! `//@ native-run`, two native runs (without and with `-O`), each with
//! its stdout, its stderr and, unless it exited with 0, how it ended. A listing
//! Miri no longer flags, or flags differently, fails with the difference.

use crate::miri::{self, MiriRun};
use crate::programs::Run;
use crate::snapshot::{self, Checked};
use book_model::{Kind, Listing, Problem, Report, work, work::Work};
use std::path::Path;

/// What the page shows under a `ub` listing: the native runs it asks for
/// (`//@ native-run`), then the Miri command and its report.
pub fn transcript(listing: &Listing, native: &str, run: &Run) -> String {
    format!("{native}{}\n{}", miri::command_line(&listing.miri_flags()), run.stderr)
}

/// The listing built by the book's compiler without and with `-O`, each
/// run: the commands and what they printed. Empty unless the listing has a
/// line `//@ native-run`.
pub fn native_runs(listing: &Listing, work_dir: &Path) -> Result<String, Problem> {
    if !listing.native_run() {
        return Ok(String::new());
    }
    let fail = |m: String| Problem::in_file(&listing.shown, m);
    let dir = work_dir.join("native").join(listing.unique_name());
    std::fs::create_dir_all(&dir).map_err(|e| fail(e.to_string()))?;
    let file = format!("{}.rs", listing.name);
    let mut out = String::new();
    for opt in [None, Some("-O")] {
        let build: Vec<&str> = ["rustc", "--edition", "2024"].into_iter().chain(opt).chain([file.as_str()]).collect();
        let mut rustc = std::process::Command::new(build[0]);
        rustc.args(&build[1..]).arg("-o").arg(dir.join(&listing.name)).current_dir(listing.path.parent().unwrap());
        let built = rustc.output().map_err(|e| fail(format!("cannot run rustc: {e}")))?;
        if !built.status.success() {
            return Err(fail(format!("{} failed:\n{}", build.join(" "), String::from_utf8_lossy(&built.stderr))));
        }
        let run = crate::programs::run_command(std::process::Command::new(dir.join(&listing.name)), std::time::Duration::from_secs(20))
            .map_err(|e| fail(format!("the native run: {e}")))?;
        out.push_str(&format!("$ {} && ./{}\n{}{}", build.join(" "), listing.name, run.stdout, run.stderr));
        out.push_str(&ending(&run));
    }
    Ok(out)
}

/// What a native run's transcript says after the output when the program
/// did not exit with status 0: the signal that killed it, or its status.
fn ending(run: &Run) -> String {
    match (run.code, run.signal) {
        (Some(0), _) => String::new(),
        (_, Some(signal)) => {
            let name = if signal == crate::aborts::SIGABRT { ", SIGABRT" } else { "" };
            format!("(killed by signal {signal}{name})\n")
        }
        (code, None) => format!("(exit {})\n", crate::programs::describe(code)),
    }
}

fn verify(listing: &Listing, native: &Result<String, Problem>, run: &MiriRun, bless: bool) -> Result<Checked, Problem> {
    let native = native.as_ref().map_err(Clone::clone)?;
    let run = run.as_ref().map_err(|e| Problem::in_file(&listing.shown, format!("under Miri: {e}")))?;
    if run.code == Some(0) || !run.stderr.contains("error: Undefined Behavior") {
        return Err(Problem::in_file(
            &listing.shown,
            format!(
                "Miri reports no undefined behaviour (exit {:?}): a ub listing must be \
                 one Miri flags; if the program is sound now, move it to runs/.\n{}",
                run.code, run.stderr
            ),
        ));
    }
    snapshot::check(&listing.snapshot(), &listing.snapshot_shown(), &transcript(listing, native, run), bless)
}

/// Checks (or, blessing, writes) every `ub` listing of the book at `root`.
pub fn check(root: &Path, work_dir: &Path, batch: &crate::programs::Batch, bless: bool) -> Report {
    let inventory = book_model::inventory::scan(root);
    let listings: Vec<&Listing> = inventory.of_kind(Kind::Ub).collect();
    let mut report = Report::default();
    if let Some(failure) = &batch.failure {
        report.push(Problem::in_file("Cargo.toml", format!("cargo build of the listings failed:\n{failure}")));
    }
    // Those that do not compile warning-free are reported by the batch.
    let mut built = Vec::new();
    for listing in listings {
        match batch.runs.get(&listing.unique_name()) {
            Some(Err(problem)) => report.push(problem.clone()),
            Some(Ok(_)) => built.push(listing),
            None => {}
        }
    }
    let native: std::collections::HashMap<String, Result<String, Problem>> =
        built.iter().map(|l| (l.unique_name(), native_runs(l, work_dir))).collect();
    // A run passes when it is what the snapshot holds.
    let passed = |listing: &Listing, run: &MiriRun| {
        matches!(verify(listing, &native[&listing.unique_name()], run, false), Ok(Checked::Same))
    };
    match miri::run_unrecorded(root, work_dir, &built, &passed) {
        Err(problem) => report.push(problem),
        Ok(runs) => {
            for listing in built {
                let Some(run) = runs.get(&listing.unique_name()) else { continue };
                let native = &native[&listing.unique_name()];
                snapshot::tally(&mut report, &listing.snapshot_shown(), verify(listing, native, run, bless));
            }
        }
    }
    report
}

/// Under `cargo xtask bless` the snapshots (and tests/book/tools.toml's
/// Miri version) are written instead.
#[test]
fn ub_listings_compile_and_miri_reports_their_stderr_snapshot() {
    crate::assert_bless_runs(module_path!(), Kind::Ub);
    let work_dir = Work::Miri.dir(&crate::target_dir());
    let report = check(crate::root(), &work_dir, crate::programs::of_book(), work::blessing());
    report.assert_ok("the undefined-behaviour listings");
}
