//! Undefined-behaviour listings: compile warning-free with the book's
//! stable compiler (the batch in `programs`, which does not run them), and
//! Miri reports undefined behaviour in them. The snapshot `<name>.stderr`
//! is the command line (with the listing's Miri flags) and Miri's report,
//! normalized (`miri::normalize`). A listing Miri no longer flags, or flags
//! differently, fails with the difference.

use crate::miri::{self, MiriRun};
use crate::programs::Run;
use crate::snapshot::{self, Checked};
use book_model::{Kind, Listing, Problem, Report, work, work::Work};
use std::path::Path;

/// What the page shows under a `ub` listing.
pub fn transcript(listing: &Listing, run: &Run) -> String {
    format!("{}\n{}", miri::command_line(&listing.miri_flags()), run.stderr)
}

fn verify(listing: &Listing, run: &MiriRun, bless: bool) -> Result<Checked, Problem> {
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
    snapshot::check(&listing.snapshot(), &listing.snapshot_shown(), &transcript(listing, run), bless)
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
    // A run passes when it is what the snapshot holds.
    let passed = |listing: &Listing, run: &MiriRun| matches!(verify(listing, run, false), Ok(Checked::Same));
    match miri::run_unrecorded(root, work_dir, &built, &passed) {
        Err(problem) => report.push(problem),
        Ok(runs) => {
            for listing in built {
                let Some(run) = runs.get(&listing.unique_name()) else { continue };
                snapshot::tally(&mut report, &listing.snapshot_shown(), verify(listing, run, bless));
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
