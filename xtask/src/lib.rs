//! The book's automation, shared by `cargo xtask` and the xtask tests.

use anyhow::{Context, Result};
use mdbook_driver::MDBook;
use std::path::{Path, PathBuf};

pub mod audit;
pub mod chromium;
pub mod export;
pub mod pages;
pub mod pdf;
pub mod preprocess;
pub mod serve;
pub mod setup;
pub mod testrun;
pub mod workflow;

/// The repository root: the folder above xtask/.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Builds the HTML book of `book_root` into `dest` with the mdBook and
/// mdbook-mermaid that Cargo.lock pins (no installed tool is used).
pub fn build_book(book_root: &Path, dest: &Path) -> Result<()> {
    build_book_with(book_root, dest, &[])
}

/// Files and folders whose change means the book must be built again.
pub fn sources(root: &Path) -> Vec<PathBuf> {
    ["book.toml", "src", "listings", "theme"]
        .iter()
        .map(|p| root.join(p))
        .collect()
}

/// Builds the book like [`build_book`], with `overrides` of book.toml keys
/// (for example `("output.html.default-theme", "light")`) applied first.
pub fn build_book_with(book_root: &Path, dest: &Path, overrides: &[(&str, &str)]) -> Result<()> {
    let mut book = MDBook::load(book_root)?;
    for (key, value) in overrides {
        book.config
            .set(*key, *value)
            .with_context(|| key.to_string())?;
    }
    book.config.build.build_dir = dest.to_path_buf();
    book.with_preprocessor(preprocess::Listings);
    book.with_preprocessor(mdbook_mermaid::Mermaid);
    book.build()
}

/// Removes the folder `dir` and everything in it, if it exists.
pub fn remove_dir(dir: &Path) -> Result<()> {
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| dir.display().to_string())
        }
        _ => Ok(()),
    }
}
