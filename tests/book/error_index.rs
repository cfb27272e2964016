//! The compiler error index (src/error-index.md) against the snapshots: it
//! has a `## E0xxx` section for exactly the error codes that some `.stderr`
//! snapshot shows, and each section links to exactly the listings whose
//! snapshot shows that code, each as `{{#ref chapter/name}}`.
//!
//! The section's one-line meaning is prose, written by hand; which codes
//! and which links is checked here, so the index cannot drift from the
//! compiler's messages.

use book_model::book::{Numbering, Page};
use book_model::directive::{self, Directive};
use book_model::{Inventory, Problem};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The index page, relative to the repository root.
const INDEX: &str = "src/error-index.md";

/// The error codes in a compiler message: `error[E0382]`.
fn codes(stderr: &str) -> BTreeSet<String> {
    stderr
        .match_indices("error[E")
        .filter_map(|(at, _)| {
            let code = &stderr[at + "error[".len()..];
            let end = code.find(']')?;
            let code = &code[..end];
            is_code(code).then(|| code.to_string())
        })
        .collect()
}

/// `E` and four digits.
fn is_code(s: &str) -> bool {
    s.len() == 5 && s.starts_with('E') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

/// The index's sections: code -> (line of the heading, the listings its
/// `{{#ref}}`s name, as written).
fn sections(text: &str) -> BTreeMap<String, (usize, BTreeSet<String>)> {
    let mut sections = BTreeMap::new();
    let mut current: Option<String> = None;
    for (n, line) in text.lines().enumerate() {
        if let Some(heading) = line.strip_prefix("## ") {
            // `## E0382` opens a code's section; any other heading ends it.
            let code = heading.trim().to_string();
            current = is_code(&code).then(|| {
                sections.insert(code.clone(), (n + 1, BTreeSet::new()));
                code
            });
            continue;
        }
        let Some(code) = &current else { continue };
        for found in directive::find(line) {
            if let Ok(Directive::Ref { name }) = found.directive {
                sections.get_mut(code).unwrap().1.insert(name);
            }
        }
    }
    sections
}

pub fn check(
    root: &Path,
    inventory: &Inventory,
    numbering: &Numbering,
    pages: &[Page],
    problems: &mut Vec<Problem>,
) {
    // The index's {{#ref}}s resolve like any page's (the lints check them).
    let Some(page) = pages.iter().find(|p| format!("src/{}", p.rel) == INDEX) else {
        return; // A book without an error index (the fixture's).
    };
    let Ok(text) = fs::read_to_string(root.join(INDEX)) else {
        return; // A book without an error index (the fixture's).
    };
    // code -> the links it needs, each with the snapshot that shows the code.
    let mut wanted: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for listing in &inventory.listings {
        let Ok(stderr) = fs::read_to_string(listing.snapshot()) else {
            continue;
        };
        for code in codes(&stderr) {
            if !numbering.shown.iter().any(|s| s.listing.path == listing.path) {
                continue; // An orphan: the lints report it already.
            }
            let link = listing.reference();
            wanted
                .entry(code)
                .or_default()
                .insert(link, listing.snapshot_shown());
        }
    }

    let found: BTreeMap<String, (usize, BTreeSet<String>)> = sections(&text)
        .into_iter()
        .map(|(code, (line, names))| {
            let resolved = names
                .iter()
                .map(|n| numbering.resolve(page, n).map_or(n.clone(), |s| s.listing.reference()))
                .collect();
            (code, (line, resolved))
        })
        .collect();
    for (code, links) in &wanted {
        let Some((line, have)) = found.get(code) else {
            let shown_in: Vec<&str> = links.values().map(String::as_str).collect();
            let refs: Vec<String> = links.keys().map(|l| format!("{{{{#ref {l}}}}}")).collect();
            problems.push(Problem::in_file(
                INDEX,
                format!(
                    "no section for {code}, which {} shows: add `## {code}`, its \
                     meaning in one line, and the listings {}",
                    shown_in.join(", "),
                    refs.join(", ")
                ),
            ));
            continue;
        };
        for (link, snapshot) in links {
            if !have.contains(link) {
                problems.push(Problem::at(
                    INDEX,
                    *line,
                    format!(
                        "{code} does not list `{{{{#ref {link}}}}}`, whose snapshot \
                         {snapshot} shows it"
                    ),
                ));
            }
        }
        for link in have {
            if !links.contains_key(link) {
                problems.push(Problem::at(
                    INDEX,
                    *line,
                    format!("{code} lists `{{{{#ref {link}}}}}`, whose snapshot does not show {code}"),
                ));
            }
        }
    }
    for (code, (line, _)) in &found {
        if !wanted.contains_key(code) {
            problems.push(Problem::at(
                INDEX,
                *line,
                format!(
                    "no snapshot shows {code}: remove its section (or show the \
                     error in a listing)"
                ),
            ));
        }
    }
}
