//! The PDF: headless Chromium prints mdBook's `print.html` (the whole book
//! on one page, each chapter starting a new sheet) of a light-theme build.
//!
//! Chromium waits (`--virtual-time-budget`) until Mermaid has drawn every
//! diagram as SVG, so the diagrams are vector graphics in the PDF, and
//! `--generate-pdf-document-outline` turns the headings into bookmarks.
//! Page size, margins and page numbers come from `@page` in theme/book.css.

use std::path::{Path, PathBuf};
use std::process::Command;

/// How to get Chromium on Debian, said whenever it is missing.
pub const INSTALL_HINT: &str = "install it with `sudo apt-get install -y chromium` \
     (Debian/Ubuntu), or set CHROMIUM to the path of a Chromium or Chrome binary";

/// Finds a program called `name` on PATH.
pub fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Chromium: `$CHROMIUM`, else the first of chromium, chromium-browser,
/// google-chrome on PATH.
pub fn find_chromium() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(format!(
                "CHROMIUM is set to {}, which is not a file; {INSTALL_HINT}",
                path.display()
            ))
        };
    }
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| find_on_path(name))
        .ok_or_else(|| format!("Chromium was not found on PATH; {INSTALL_HINT}"))
}

/// Builds a light-theme copy of the book in `work/html` and prints its
/// `print.html` to `pdf`.
pub fn pdf(book_root: &Path, work: &Path, pdf: &Path) -> Result<(), String> {
    let chromium = find_chromium()?;
    let html = work.join("html");
    if html.exists() {
        std::fs::remove_dir_all(&html).map_err(|e| format!("{}: {e}", html.display()))?;
    }
    // The light theme whatever the reader's system prefers.
    crate::build_book_with(
        book_root,
        &html,
        &[
            ("output.html.default-theme", "light"),
            ("output.html.preferred-dark-theme", "light"),
        ],
    )?;
    if let Some(dir) = pdf.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let profile = work.join("chromium-profile");
    let output = Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",
            "--virtual-time-budget=30000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        // `?pdf`: print.html must not open its print dialog (theme/index.hbs).
        .arg(format!("file://{}?pdf", html.join("print.html").display()))
        .output()
        .map_err(|e| format!("cannot run {}: {e}", chromium.display()))?;
    if !output.status.success() || !pdf.is_file() {
        return Err(format!(
            "{} did not write {}:\n{}",
            chromium.display(),
            pdf.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}
