//! The offline export: the HTML book as a folder that works from `file://`
//! with no network, and a `.tar.gz` of that folder.
//!
//! The book itself is already offline-safe (fonts, highlighting, search and
//! Mermaid are files in the book; book.toml turns the playground off), so
//! the export is the normal build, put under one named folder and archived.
//! The browser tests (`xtask/tests/browser/`) prove it: no page requests
//! anything outside it.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// The folder and archive name readers see.
pub const NAME: &str = "rust-memory-book";

/// Builds the book into `<out>/rust-memory-book/` and archives it as
/// `<out>/rust-memory-book.tar.gz`. Returns the folder.
pub fn export(book_root: &Path, out: &Path) -> Result<PathBuf> {
    let folder = out.join(NAME);
    crate::remove_dir(&folder)?;
    crate::build_book(book_root, &folder)?;
    let archive = out.join(format!("{NAME}.tar.gz"));
    write_tar_gz(&folder, &archive)
        .with_context(|| format!("cannot write {}", archive.display()))?;
    Ok(folder)
}

/// `folder` and everything in it, under its own name, as a gzipped tar.
fn write_tar_gz(folder: &Path, archive: &Path) -> Result<()> {
    let file = std::fs::File::create(archive)?;
    let gzip = flate2::write::GzEncoder::new(file, flate2::Compression::default());
    let mut tar = tar::Builder::new(gzip);
    tar.append_dir_all(folder.file_name().unwrap(), folder)?;
    tar.into_inner()?.finish()?;
    Ok(())
}
