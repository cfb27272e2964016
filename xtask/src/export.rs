//! The offline export: the HTML book as a folder that works from `file://`
//! with no network, and a `.tar.gz` of that folder.
//!
//! The book itself is already offline-safe (fonts, highlighting, search and
//! Mermaid are files in the book; book.toml turns the playground off), so
//! the export is the normal build, put under one named folder and archived.
//! `xtask/tests/browser.rs` proves it: no page requests anything outside it.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The folder and archive name readers see.
pub const NAME: &str = "rust-memory-book";

/// Builds the book into `<out>/rust-memory-book/` and archives it as
/// `<out>/rust-memory-book.tar.gz`. Returns the folder.
pub fn export(book_root: &Path, out: &Path) -> Result<PathBuf, String> {
    let folder = out.join(NAME);
    if folder.exists() {
        std::fs::remove_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    crate::build_book(book_root, &folder)?;
    let archive = out.join(format!("{NAME}.tar.gz"));
    let status = Command::new("tar")
        .arg("-czf")
        .arg(&archive)
        .arg("-C")
        .arg(out)
        .arg(NAME)
        .status()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    if !status.success() {
        return Err(format!("tar failed to write {}", archive.display()));
    }
    Ok(folder)
}
