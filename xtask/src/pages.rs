//! The pages of a built book.

use std::path::{Path, PathBuf};

/// Every `.html` file under `dir`, sorted.
pub fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .filter(|path| path.extension().is_some_and(|e| e == "html"))
        .collect();
    files.sort();
    files
}

/// The built page (a path under the book) with the most Mermaid diagrams,
/// and how many it has; print.html does not count. Of pages with as many,
/// the first by path.
pub fn page_with_most_diagrams(book: &Path) -> (String, usize) {
    let mut best = (String::new(), 0);
    for path in html_files(book) {
        let rel = path
            .strip_prefix(book)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if rel == "print.html" {
            continue;
        }
        let html = std::fs::read_to_string(&path).unwrap_or_default();
        let n = html.matches("<pre class=\"mermaid\">").count();
        if n > best.1 || (n == best.1 && n > 0 && rel < best.0) {
            best = (rel, n);
        }
    }
    best
}

/// The page with the most questions (```quiz blocks), and how many.
pub fn page_with_most_questions(book: &Path) -> (String, usize) {
    let mut best = (String::new(), 0);
    for path in html_files(book) {
        let rel = path.strip_prefix(book).unwrap().to_string_lossy().into_owned();
        if rel == "print.html" {
            continue;
        }
        let html = std::fs::read_to_string(&path).unwrap_or_default();
        let n = html.matches("<section class=\"quiz\"").count();
        if n > best.1 || (n == best.1 && n > 0 && rel < best.0) {
            best = (rel, n);
        }
    }
    best
}
