//! The book's test suite: `cargo test` runs it (see ARCHITECTURE.md). What
//! a listing is (its kind, snapshot, place, number) is `book_model`'s; this
//! crate checks the book against it.
//!
//! - `programs`: the runs, panics and ub listings, built in one batch, the
//!   runs and panics listings run;
//! - `miri`: the ub listings and the runs listings that use `unsafe`, run
//!   under Miri; `native`: the C, C++, Python and Java listings, built and
//!   run; `tools`: the versions of the tools those snapshots quote;
//! - `runs`, `panics`, `aborts`, `fails`, `ub`, and `native::{c, cpp, python, java}`:
//!   one module per kind of listing, each holding the test that checks (or,
//!   under `cargo xtask bless`, writes) the snapshots of its kind;
//! - `ub_index`: src/ub-index.md against the reports in the snapshots;
//! - `mir`: the compiler's MIR of a function, as the book quotes it;
//! - `snapshot`: a snapshot compared, with its diff, or written;
//! - `lints`: the Markdown (SUMMARY.md, pages, fences, figures, links) and
//!   the listings' formatting;
//! - `error_index`: src/error-index.md against the codes in the snapshots;
//! - `markdown`: the Rust blocks written in the Markdown, as programs;
//! - `mistakes` (with `fixture`): proof that each mistake a maintainer can
//!   make fails, with a message that names the file and line.

mod aborts;
mod error_index;
mod fails;
mod fixture;
mod lints;
mod markdown;
mod mir;
mod miri;
mod mistakes;
mod native;
mod panics;
mod programs;
mod quizzes;
mod runs;
mod snapshot;
mod tools;
mod ub;
mod ub_index;

use std::path::{Path, PathBuf};

/// The repository root (where Cargo.toml and book.toml live).
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Cargo's target directory, where the harness generates its packages.
pub fn target_dir() -> PathBuf {
    // Test binaries live in <target>/debug/deps/.
    let exe = std::env::current_exe().expect("the test binary's path");
    exe.ancestors()
        .nth(3)
        .expect("a target directory above the test binary")
        .to_path_buf()
}

/// Asserts, in the test that writes a kind's snapshots, that the test lives
/// in the module `cargo xtask bless` runs for that kind
/// (`book_model::work::bless_filters`): renaming the module cannot silently
/// change what bless writes.
#[track_caller]
pub fn assert_bless_runs(module: &str, kind: book_model::Kind) {
    let filter = format!("{}::", kind.folder());
    assert!(
        format!("{module}::").ends_with(&format!("::{filter}")),
        "{module} writes the {} snapshots, but `cargo xtask bless` runs the \
         tests under `{filter}`: name the module `{}`",
        kind.folder(),
        kind.folder()
    );
}
