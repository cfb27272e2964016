//! Aborts listings: compile warning-free (the batch in `programs`), and the
//! process is killed by `SIGABRT`, as a stack overflow or
//! `std::process::abort` does, with no panic and no destructor run. They
//! print nothing to stdout, and their stderr, with the repository path and
//! the thread id taken out as for panics, is their `.stderr` snapshot.

use crate::programs::{self, Run, describe};
use crate::snapshot::{self, Checked};
use book_model::{Kind, Listing, Problem, work};

/// `SIGABRT` on Linux.
pub const SIGABRT: i32 = 6;

pub fn verify(listing: &Listing, run: &Run, bless: bool) -> Result<Checked, Problem> {
    if run.signal != Some(SIGABRT) {
        let how = run.signal.map_or_else(|| describe(run.code), |s| format!("signal {s}"));
        return Err(Problem::in_file(
            &listing.shown,
            format!(
                "ended with {how} instead of being killed by SIGABRT (an aborts listing must abort)\n\
                 stdout:\n{}stderr:\n{}",
                run.stdout, run.stderr
            ),
        ));
    }
    if !run.stdout.is_empty() {
        return Err(Problem::in_file(
            &listing.shown,
            format!("wrote to stdout, which the book does not show for an aborts listing:\n{}", run.stdout),
        ));
    }
    let root = listing.path.ancestors().nth(4).unwrap();
    let stderr = crate::panics::normalize_panic(&run.stderr, root);
    snapshot::check(&listing.snapshot(), &listing.snapshot_shown(), &stderr, bless)
}

/// Under `cargo xtask bless` the snapshots are written instead.
#[test]
fn aborts_listings_are_killed_by_sigabrt_with_their_stderr_snapshot() {
    crate::assert_bless_runs(module_path!(), Kind::Aborts);
    let inventory = book_model::inventory::scan(crate::root());
    let listings: Vec<&Listing> = inventory.listings.iter().collect();
    let report = programs::check(programs::of_book(), &listings, Kind::Aborts, work::blessing(), verify);
    report.assert_ok("the aborts listings");
}
