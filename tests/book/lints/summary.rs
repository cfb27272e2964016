//! SUMMARY.md, read by mdBook's own parser (`mdbook-summary`): the pages of
//! the book in order, with their chapter numbers.

use book_model::Problem;
use book_model::book::{self, Page};
use std::path::Path;
use walkdir::WalkDir;

const SUMMARY: &str = "src/SUMMARY.md";

/// The book's pages, read; a missing chapter file or a page SUMMARY.md does
/// not name is a problem.
pub fn pages(root: &Path, problems: &mut Vec<Problem>) -> Vec<Page> {
    let src = root.join("src");
    let entries = match book::summary(root) {
        Ok(entries) => entries,
        Err(problem) => {
            problems.push(problem);
            return Vec::new();
        }
    };
    let summary_text = std::fs::read_to_string(src.join("SUMMARY.md")).unwrap_or_default();
    let listed: std::collections::HashSet<String> =
        entries.iter().filter_map(|e| e.rel.clone()).collect();
    let mut pages = Vec::new();
    for entry in entries {
        let Some(rel) = entry.rel else { continue };
        match std::fs::read_to_string(src.join(&rel)) {
            Ok(text) => pages.push(Page {
                rel,
                chapter: entry.chapter,
                text,
            }),
            Err(_) => {
                let line = summary_text
                    .lines()
                    .position(|l| l.contains(&format!("]({rel})")))
                    .map_or(1, |i| i + 1);
                problems.push(Problem::at(
                    SUMMARY,
                    line,
                    format!(
                        "chapter file src/{rel} does not exist (create it, or \
                         make the entry a draft: `- [Title]()`)"
                    ),
                ));
            }
        }
    }
    let walk = WalkDir::new(&src).sort_by_file_name();
    for entry in walk.into_iter().filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let rel = path.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
        if rel != "SUMMARY.md" && !listed.contains(&rel) {
            problems.push(Problem::in_file(
                format!("src/{rel}"),
                "not in src/SUMMARY.md, so no reader can reach it (add it, or \
                 delete the file)",
            ));
        }
    }
    pages
}
