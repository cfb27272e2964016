//! Every relative link and `#anchor` in the Markdown resolves to a page of
//! the book and an id on it (a heading, an HTML id, a listing).

use super::page::Parsed;
use book_model::Problem;
use book_model::book::{Page, normalize};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

pub fn check(root: &Path, pages: &[Page], parsed: &[Parsed], problems: &mut Vec<Problem>) {
    let src = root.join("src");
    let ids: HashMap<PathBuf, &HashSet<String>> = pages
        .iter()
        .zip(parsed)
        .map(|(p, parsed)| (normalize(&src.join(&p.rel)), &parsed.ids))
        .collect();
    for (page, parsed) in pages.iter().zip(parsed) {
        let here = normalize(&src.join(&page.rel));
        for (line, dest) in &parsed.links {
            if dest.contains("://") || dest.starts_with("mailto:") {
                continue;
            }
            let at = |message: String| parsed.at(*line, message);
            let (path, fragment) = match dest.split_once('#') {
                Some((p, f)) => (p, Some(f)),
                None => (dest.as_str(), None),
            };
            let target = if path.is_empty() {
                here.clone()
            } else {
                normalize(&here.parent().unwrap().join(path))
            };
            if path.ends_with(".html") {
                problems.push(at(format!("link to `{dest}`: link the .md file, mdBook rewrites it")));
                continue;
            }
            if !target.exists() {
                problems.push(at(format!("broken link `{dest}`: no such file")));
                continue;
            }
            if let Some(fragment) = fragment {
                match ids.get(&target) {
                    Some(ids) if ids.contains(fragment) => {}
                    Some(_) => problems.push(at(format!(
                        "broken link `{dest}`: no heading or id `{fragment}` there"
                    ))),
                    None => problems.push(at(format!(
                        "link `{dest}` points into a file that is not a page of the book"
                    ))),
                }
            } else if path.ends_with(".md") && !ids.contains_key(&target) {
                problems.push(at(format!("link `{dest}`: that page is not in SUMMARY.md")));
            }
        }
    }
}

/// mdBook 0.5's heading ids (mdbook-html's `id_from_content`).
pub fn id_from_content(content: &str) -> String {
    content
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|ch| {
            if ch.is_alphanumeric() || ch == '_' || ch == '-' {
                Some(ch)
            } else if ch.is_whitespace() {
                Some('-')
            } else {
                None
            }
        })
        .collect()
}

pub fn unique_id(id: &str, used: &mut HashSet<String>) -> String {
    if used.insert(id.to_string()) {
        return id.to_string();
    }
    (1..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| used.insert(candidate.clone()))
        .unwrap()
}
