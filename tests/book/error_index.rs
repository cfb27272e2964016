//! The compiler error index (src/error-index.md) against the snapshots: it
//! has a `## E0xxx` section for exactly the error codes that some `.stderr`
//! snapshot shows, and each section links to exactly the listings whose
//! snapshot shows that code (`chapter/page.md#listing-C-N`).
//!
//! The section's one-line meaning is prose, written by hand; which codes
//! and which links is checked here, so the index cannot drift from the
//! compiler's messages.

use crate::listing::Inventory;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

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

/// The index's sections: code -> (line of the heading, link targets).
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
        for (at, _) in line.match_indices("](") {
            let rest = &line[at + 2..];
            if let Some(end) = rest.find(')') {
                sections
                    .get_mut(code)
                    .unwrap()
                    .1
                    .insert(rest[..end].to_string());
            }
        }
    }
    sections
}

/// `figures`: each shown listing's page (relative to src/) and figure id.
pub fn check(
    root: &Path,
    inventory: &Inventory,
    figures: &HashMap<PathBuf, (String, String)>,
    problems: &mut Vec<String>,
) {
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
            let link = match figures.get(&listing.path) {
                Some((page, id)) => format!("{page}#{id}"),
                // An orphan: the lints report it already.
                None => continue,
            };
            wanted
                .entry(code)
                .or_default()
                .insert(link, listing.snapshot_shown());
        }
    }

    let found = sections(&text);
    for (code, links) in &wanted {
        let Some((line, have)) = found.get(code) else {
            let shown_in: Vec<&str> = links.values().map(String::as_str).collect();
            problems.push(format!(
                "{INDEX}: no section for {code}, which {} shows: add `## {code}`, \
                 its meaning in one line, and links to {}",
                shown_in.join(", "),
                links.keys().cloned().collect::<Vec<_>>().join(", ")
            ));
            continue;
        };
        for (link, snapshot) in links {
            if !have.contains(link) {
                problems.push(format!(
                    "{INDEX}:{line}: {code} does not link to {link}, whose \
                     snapshot {snapshot} shows it"
                ));
            }
        }
        for link in have {
            if link.contains("#listing-") && !links.contains_key(link) {
                problems.push(format!(
                    "{INDEX}:{line}: {code} links to {link}, whose snapshot does \
                     not show {code}"
                ));
            }
        }
    }
    for (code, (line, _)) in &found {
        if !wanted.contains_key(code) {
            problems.push(format!(
                "{INDEX}:{line}: no snapshot shows {code}: remove its section (or \
                 show the error in a listing)"
            ));
        }
    }
}
