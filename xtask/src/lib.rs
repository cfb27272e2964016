//! The book's automation, shared by `cargo xtask` and the xtask tests.

use mdbook_driver::MDBook;
use std::path::{Path, PathBuf};

/// The repository root: the folder above xtask/.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Builds the HTML book of `book_root` into `dest` with the mdBook and
/// mdbook-mermaid that Cargo.lock pins (no installed tool is used).
pub fn build_book(book_root: &Path, dest: &Path) -> Result<(), String> {
    let mut book = MDBook::load(book_root).map_err(|e| format!("{e:#}"))?;
    book.config.build.build_dir = dest.to_path_buf();
    book.with_preprocessor(mdbook_mermaid::Mermaid);
    book.build().map_err(|e| format!("{e:#}"))
}

/// Files and folders whose change means the book must be built again.
pub fn sources(root: &Path) -> Vec<PathBuf> {
    ["book.toml", "src", "listings", "theme"]
        .iter()
        .map(|p| root.join(p))
        .collect()
}
