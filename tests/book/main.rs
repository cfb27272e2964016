//! The book's test suite: `cargo test` runs it (see ARCHITECTURE.md).
//!
//! - `listing`: finds every listing under `listings/` and its kind.
//! - `programs`: builds and runs the runs- and panics-listings in one batch
//!   and compares what they print with their snapshots.
//! - `compiler`: trybuild, for does-not-compile listings (compile-fail,
//!   checked against their `.stderr`), skipping those unchanged since
//!   their check passed.
//! - `lints`: the Markdown: SUMMARY.md, code fences, includes, captions,
//!   badges, diagrams, links, orphans.
//! - `error_index`: src/error-index.md against the codes in the snapshots.
//! - `markdown`: skeptic's tests for Rust blocks written in the Markdown.
//! - `mistakes`: proof that each mistake a maintainer can make fails.

mod compiler;
mod error_index;
mod fixture;
mod lints;
mod listing;
mod markdown;
mod mistakes;
mod programs;
mod snapshot;

use std::path::{Path, PathBuf};

/// The repository root (where Cargo.toml and book.toml live).
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Where the harness builds things: inside cargo's own target directory.
pub fn target_dir() -> PathBuf {
    // Test binaries live in <target>/debug/deps/.
    let exe = std::env::current_exe().expect("the test binary's path");
    exe.ancestors()
        .nth(3)
        .expect("a target directory above the test binary")
        .to_path_buf()
}

/// `cargo xtask bless` sets this: snapshots are rewritten, not compared.
pub fn blessing() -> bool {
    std::env::var_os("BOOK_BLESS").is_some_and(|v| v == "1")
}
