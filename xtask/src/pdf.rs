//! The PDF: headless Chromium prints mdBook's `print.html` (the whole book
//! on one page, each chapter starting a new sheet) in the light theme.
//!
//! Chromium waits (`--virtual-time-budget`) until Mermaid has drawn every
//! diagram as SVG, so the diagrams are vector graphics in the PDF, and
//! `--generate-pdf-document-outline` turns the headings into bookmarks.
//! Page size, margins and page numbers come from `@page` in theme/book.css.

use anyhow::{Context, Result, bail};
use std::path::Path;

/// Builds the book in `work/html` and prints its `print.html` to `pdf`.
pub fn pdf(book_root: &Path, work: &Path, pdf: &Path) -> Result<()> {
    let html = work.join("html");
    crate::remove_dir(&html)?;
    crate::build_book(book_root, &html)?;
    print(&html, work, pdf)
}

/// Prints the `print.html` of the built book in `html` to `pdf`, in the
/// light theme whatever the system prefers: the page follows
/// `prefers-color-scheme` (book.toml's `preferred-dark-theme`), which
/// Chromium is told is light. Chromium's profile goes in `work`.
pub fn print(html: &Path, work: &Path, pdf: &Path) -> Result<()> {
    let chromium = crate::chromium::find_chromium()?;
    if let Some(dir) = pdf.parent() {
        std::fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
    }
    let output = crate::chromium::headless(&chromium, &work.join("chromium-profile"))
        .args([
            "--hide-scrollbars",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",
            "--virtual-time-budget=30000",
            // Blink's PreferredColorScheme: 0 dark, 1 light.
            "--blink-settings=preferredColorScheme=1",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        // `?pdf`: print.html must not open its print dialog (theme/page-fixes.js).
        .arg(format!("file://{}?pdf", html.join("print.html").display()))
        .output()
        .with_context(|| format!("cannot run {}", chromium.display()))?;
    if !output.status.success() || !pdf.is_file() {
        bail!(
            "{} did not write {}:\n{}",
            chromium.display(),
            pdf.display(),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(())
}
