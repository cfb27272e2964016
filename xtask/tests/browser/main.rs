//! The book in a real browser: Debian's Chromium, driven through
//! chromedriver with fantoccini, over the offline export opened from
//! `file://`, and the PDF read back with poppler-utils and qpdf.
//!
//! These tests need Debian's `chromium`, `chromium-driver`, `poppler-utils`
//! and `qpdf` (`.ci/run` installs them). A missing program is a failure that
//! says how to install it, never a skipped test.
//!
//! Driving Chromium over every page takes tens of seconds, so a test that
//! passed records its verdict (`verdict`); until one of its inputs changes
//! it returns at once. One module a test (`pages`, `search`, `contrast`,
//! `sidebar`, `quiz`, `pdf`), each named for what it catches; `driver` opens the
//! Chromium session they share the setup of; their JavaScript is in `js/`.
//! The PDF test is here too, not in a binary of its own, so that it runs
//! beside the others instead of after them.

mod contrast;
mod driver;
mod pages;
mod pdf;
mod quiz;
mod search;
mod sidebar;
mod verdict;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const INSTALL: &str = "install the browser test tools with `sudo apt-get install -y \
     chromium chromium-driver poppler-utils qpdf` (what .ci/run does)";

/// A program the tests cannot do without.
fn require(program: &str) -> PathBuf {
    xtask::chromium::find_on_path(program)
        .unwrap_or_else(|| panic!("`{program}` was not found on PATH: {INSTALL}"))
}

/// The offline export, built once for all tests of this binary.
fn export() -> &'static Path {
    static EXPORT: OnceLock<PathBuf> = OnceLock::new();
    EXPORT.get_or_init(|| {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
        xtask::export::export(&xtask::root(), &out).expect("the export should build")
    })
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// The numbered chapters of SUMMARY.md: (title, page path as .html).
fn chapters() -> Vec<(String, String)> {
    let summary = std::fs::read_to_string(xtask::root().join("src/SUMMARY.md")).unwrap();
    summary
        .lines()
        .filter_map(|line| line.strip_prefix("- ["))
        .filter_map(|rest| {
            let (title, rest) = rest.split_once("](")?;
            let path = rest.strip_suffix(')')?.replace(".md", ".html");
            Some((title.replace('`', ""), path))
        })
        .collect()
}
