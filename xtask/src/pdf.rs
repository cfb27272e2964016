//! The PDF: headless Chromium prints mdBook's `print.html` (the whole book
//! on one page, each chapter starting a new sheet) of a light-theme build.
//!
//! Chromium waits (`--virtual-time-budget`) until Mermaid has drawn every
//! diagram as SVG, so the diagrams are vector graphics in the PDF, and
//! `--generate-pdf-document-outline` turns the headings into bookmarks.
//! Page size, margins and page numbers come from `@page` in theme/book.css.

use anyhow::{Context, Result, bail};
use std::path::Path;

/// Builds a light-theme copy of the book in `work/html` and prints its
/// `print.html` to `pdf`.
pub fn pdf(book_root: &Path, work: &Path, pdf: &Path) -> Result<()> {
    let chromium = crate::chromium::find_chromium()?;
    let html = work.join("html");
    crate::remove_dir(&html)?;
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
        std::fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
    }
    let output = crate::chromium::headless(&chromium, &work.join("chromium-profile"))
        .args([
            "--hide-scrollbars",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",
            "--virtual-time-budget=30000",
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
