//! Panics listings: compile warning-free (the batch in `programs`), panic
//! (exit status 101), print nothing to stdout, and write exactly their
//! `.stderr` snapshot once the repository path and the thread id (which
//! changes on every run) are taken out.

use crate::programs::{self, Run, describe};
use crate::snapshot::{self, Checked};
use book_model::{Kind, Listing, Problem, work};

pub fn verify(listing: &Listing, run: &Run, bless: bool) -> Result<Checked, Problem> {
    if run.code != Some(101) {
        return Err(Problem::in_file(
            &listing.shown,
            format!(
                "exited with {} instead of panicking (exit status 101)\nstdout:\n{}stderr:\n{}",
                describe(run.code),
                run.stdout,
                run.stderr
            ),
        ));
    }
    if !run.stdout.is_empty() {
        return Err(Problem::in_file(
            &listing.shown,
            format!(
                "wrote to stdout, which the book does not show for a panics \
                 listing (print with eprintln!):\n{}",
                run.stdout
            ),
        ));
    }
    let root = listing.path.ancestors().nth(4).unwrap();
    let stderr = normalize_panic(&run.stderr, root);
    snapshot::check(&listing.snapshot(), &listing.snapshot_shown(), &stderr, bless)
}

/// The panic message names the listing by its absolute path, and since Rust
/// 1.91 the thread's id: drop both.
pub fn normalize_panic(stderr: &str, root: &std::path::Path) -> String {
    let stderr = stderr.replace(&format!("{}/", root.display()), "");
    stderr.split_inclusive('\n').map(drop_thread_id).collect()
}

/// `thread 'main' (12345) panicked at` becomes `thread 'main' panicked at`.
fn drop_thread_id(line: &str) -> String {
    if let Some(rest) = line.strip_prefix("thread '")
        && let Some(end) = rest.find("' (")
    {
        let after = &rest[end + 3..];
        if let Some(close) = after.find(") ")
            && !after[..close].is_empty()
            && after[..close].chars().all(|c| c.is_ascii_digit())
        {
            return format!("thread '{}'{}", &rest[..end], &after[close + 1..]);
        }
    }
    line.to_string()
}

/// Under `cargo xtask bless` the snapshots are written instead.
#[test]
fn panics_listings_panic_with_their_stderr_snapshot() {
    crate::assert_bless_runs(module_path!(), Kind::Panics);
    let inventory = book_model::inventory::scan(crate::root());
    let listings: Vec<&Listing> = inventory.listings.iter().collect();
    let report = programs::check(programs::of_book(), &listings, Kind::Panics, work::blessing(), verify);
    report.assert_ok("the panics listings");
}
