//! The stock setup `bytes` compares with: the same book as mdBook's
//! default theme (no `theme/` overrides) and mdbook-mermaid as
//! `mdbook-mermaid install` sets it up, with `mermaid.min.js` and
//! `mermaid-init.js` in `additional-js`, so loaded by every page.

use anyhow::{Context, Result};
use std::fs;
use std::path::Path;
use xtask::build_book;

/// The stock book.toml: mdBook's defaults, mdbook-mermaid's preprocessor
/// and its two scripts.
const BOOK_TOML: &str = include_str!("stock/book.toml");

/// mdbook-mermaid 0.17.1's `mermaid-init.js`, as `mdbook-mermaid install`
/// writes it.
const MERMAID_INIT_JS: &str = include_str!("stock/mermaid-init.js");

/// Writes the stock book to `dir` and builds its HTML into `dir/book`.
pub fn build_stock(root: &Path, dir: &Path) -> Result<()> {
    let _ = fs::remove_dir_all(dir);
    for folder in ["src", "listings"] {
        copy_dir(&root.join(folder), &dir.join(folder))?;
    }
    fs::copy(
        root.join("src/assets/mermaid.min.js"),
        dir.join("mermaid.min.js"),
    )?;
    fs::write(dir.join("mermaid-init.js"), MERMAID_INIT_JS)?;
    fs::write(dir.join("book.toml"), BOOK_TOML)?;
    build_book(dir, &dir.join("book"))
}

/// Copies the folder `from` and all in it to `to`.
fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry?;
        let target = to.join(entry.path().strip_prefix(from)?);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target)
        } else {
            fs::copy(entry.path(), &target).map(drop)
        }
        .with_context(|| target.display().to_string())?;
    }
    Ok(())
}
