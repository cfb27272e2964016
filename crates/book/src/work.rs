//! The folders the test suite generates inside cargo's target directory,
//! and the one switch that makes it write snapshots instead of comparing.

use crate::Kind;
use std::path::{Path, PathBuf};

/// The package that holds the book's test suite, and its test target.
pub const SUITE_PACKAGE: &str = "rust-memory-book";
pub const SUITE_TEST: &str = "book";

/// The toolchain that runs Miri and dumps the borrow checker's MIR; the
/// book's own compiler is the stable one of rust-toolchain.toml.
pub const MIRI_TOOLCHAIN: &str = "nightly";

/// `cargo xtask bless` sets this to `1`: snapshots are written, not compared.
pub const BLESS_VAR: &str = "BOOK_BLESS";

/// `cargo xtask bless --quizzes` sets this to `1`: the answers the
/// questions' explanations were written for (`tests/book/quizzes.toml`) are
/// recorded anew, once someone has reread the questions whose answer moved.
pub const QUIZ_BLESS_VAR: &str = "BOOK_BLESS_QUIZZES";

/// Where those answers are recorded, from the book's root.
pub const QUIZ_ANSWERS: &str = "tests/book/quizzes.toml";

pub fn blessing() -> bool {
    std::env::var_os(BLESS_VAR).is_some_and(|v| v == "1")
}

/// The test-path filters of the tests that write snapshots: one module per
/// kind, named for the kind's folder (`runs::`, `fails::`, `panics::`). Each
/// of those tests asserts that it lives in the module named here.
pub fn bless_filters() -> Vec<String> {
    Kind::ALL
        .iter()
        .map(|k| format!("{}::", k.folder()))
        // The MIR snapshots of runs listings that name a function.
        .chain(["mir::".to_string()])
        .collect()
}

/// A generated package (or folder) of the harness.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Work {
    /// One crate with a binary per runs and panics listing, built at once.
    Programs,
    /// The package without dependencies that trybuild checks the
    /// does-not-compile listings in, and the records of passed checks.
    Fails,
    /// The small books the mistake tests break on purpose.
    Fixtures,
    /// One crate with a binary per listing Miri runs (the `ub` listings and
    /// the runs listings that use `unsafe`), and the records of passed runs.
    Miri,
    /// The C, C++, Python and Java listings' builds and runs, and the
    /// records of passed runs.
    Native,
}

impl Work {
    pub fn folder(self) -> &'static str {
        match self {
            Work::Programs => "book-listings",
            Work::Fails => "book-fails",
            Work::Fixtures => "book-fixtures",
            Work::Miri => "book-miri",
            Work::Native => "book-native",
        }
    }

    /// Its place under a target directory.
    pub fn dir(self, target: &Path) -> PathBuf {
        target.join(self.folder())
    }
}
