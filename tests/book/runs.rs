//! Runs listings: compile warning-free (the batch in `programs`), exit 0,
//! write nothing to stderr, and print exactly their `.stdout` snapshot.

use crate::programs::{self, Run, describe};
use crate::snapshot::{self, Checked};
use book_model::{Kind, Listing, Problem, work};

pub fn verify(listing: &Listing, run: &Run, bless: bool) -> Result<Checked, Problem> {
    if run.code != Some(0) {
        return Err(Problem::in_file(
            &listing.shown,
            format!(
                "exited with {} instead of 0 (a runs listing must succeed)\nstderr:\n{}",
                describe(run.code),
                run.stderr
            ),
        ));
    }
    if !run.stderr.is_empty() {
        return Err(Problem::in_file(
            &listing.shown,
            format!(
                "wrote to stderr, which the book does not show (print with println!):\n{}",
                run.stderr
            ),
        ));
    }
    snapshot::check(&listing.snapshot(), &listing.snapshot_shown(), &run.stdout, bless)
}

/// Under `cargo xtask bless` the snapshots are written instead.
#[test]
fn runs_listings_exit_0_and_print_their_stdout_snapshot() {
    crate::assert_bless_runs(module_path!(), Kind::Runs);
    let inventory = book_model::inventory::scan(crate::root());
    let listings: Vec<&Listing> = inventory.listings.iter().collect();
    let report = programs::check(programs::of_book(), &listings, Kind::Runs, work::blessing(), verify);
    report.assert_ok("the runs listings");
}
