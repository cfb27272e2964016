//! trybuild: runs-listings must build and exit 0; does-not-compile listings
//! must fail with exactly the message in their `.stderr` snapshot.
//!
//! The two kinds are separate tests: trybuild checks compile-fail cases in
//! one batched `cargo check` only when no pass case shares their run.

use crate::listing::{self, Kind};

#[test]
fn runs_listings_build_and_exit_zero() {
    let inventory = listing::scan(crate::root());
    let cases = trybuild::TestCases::new();
    for listing in inventory.of_kind(Kind::Runs) {
        cases.pass(&listing.shown);
    }
}

#[test]
fn does_not_compile_listings_fail_with_their_stderr() {
    let inventory = listing::scan(crate::root());
    let cases = trybuild::TestCases::new();
    for listing in inventory.of_kind(Kind::Fails) {
        cases.compile_fail(&listing.shown);
    }
}
