//! The undefined-behaviour index (src/ub-index.md) against the snapshots,
//! the way `error_index` checks the compiler error index. Each `## ` section
//! names a kind of undefined behaviour and has a line
//! ``Reported as: `words`, `other words` `` with the words of the detectors'
//! reports that mean it. A listing's report is the first line of its
//! snapshot in which a detector reports an error (Miri's
//! `error: Undefined Behavior:`, AddressSanitizer's `ERROR: AddressSanitizer:`,
//! UndefinedBehaviorSanitizer's `runtime error:`, Valgrind's uninitialised
//! values); a leak is not undefined behaviour and is not indexed. Every such
//! report matches exactly one section, which links that listing with
//! `{{#ref chapter/name}}`, and every section links exactly the listings
//! whose reports match it.

use book_model::book::{Numbering, Page};
use book_model::directive::{self, Directive};
use book_model::{Inventory, Kind, Problem};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const INDEX: &str = "src/ub-index.md";

/// The first line of a snapshot in which a detector reports undefined
/// behaviour, if any.
pub fn report(snapshot: &str) -> Option<&str> {
    snapshot.lines().find(|l| {
        l.starts_with("error: Undefined Behavior:")
            || l.contains("ERROR: AddressSanitizer:")
            || l.contains(": runtime error: ")
            || l.contains("depends on uninitialised value")
            || l.contains("Use of uninitialised value")
    })
}

struct Section {
    title: String,
    line: usize,
    patterns: Vec<String>,
    refs: BTreeSet<String>,
}

fn sections(text: &str) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if let Some(title) = line.strip_prefix("## ") {
            sections.push(Section { title: title.trim().to_string(), line: n + 1, patterns: Vec::new(), refs: BTreeSet::new() });
            continue;
        }
        let Some(section) = sections.last_mut() else { continue };
        if let Some(list) = line.strip_prefix("Reported as:") {
            section.patterns.extend(list.split('`').skip(1).step_by(2).map(str::to_string));
        }
        for found in directive::find(line) {
            if let Ok(Directive::Ref { name }) = found.directive {
                section.refs.insert(name);
            }
        }
    }
    sections
}

pub fn check(root: &Path, inventory: &Inventory, numbering: &Numbering, pages: &[Page], problems: &mut Vec<Problem>) {
    let Some(page) = pages.iter().find(|p| format!("src/{}", p.rel) == INDEX) else {
        return; // A book without the index (the fixture's).
    };
    let Ok(text) = fs::read_to_string(root.join(INDEX)) else { return };
    let sections: Vec<Section> = sections(&text)
        .into_iter()
        .map(|mut s| {
            s.refs = s
                .refs
                .iter()
                .map(|n| numbering.resolve(page, n).map_or(n.clone(), |s| s.listing.reference()))
                .collect();
            s
        })
        .collect();
    let mut matched: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    for listing in &inventory.listings {
        if !matches!(listing.kind, Kind::Ub | Kind::C | Kind::Cpp) {
            continue;
        }
        if !numbering.shown.iter().any(|s| s.listing.path == listing.path) {
            continue; // An orphan: the lints report it already.
        }
        let Ok(snapshot) = fs::read_to_string(listing.snapshot()) else { continue };
        let Some(report) = report(&snapshot) else {
            if listing.kind == Kind::Ub {
                problems.push(Problem::in_file(
                    &listing.snapshot_shown(),
                    "a ub listing's snapshot holds no report of undefined behaviour",
                ));
            }
            continue;
        };
        let link = listing.reference();
        let hits: Vec<usize> = (0..sections.len())
            .filter(|&i| sections[i].patterns.iter().any(|p| report.contains(p.as_str())))
            .collect();
        match hits.as_slice() {
            [] => problems.push(Problem::in_file(
                INDEX,
                format!(
                    "no section's `Reported as:` words are in the report of {link} ({}): \
                     \"{report}\"; add them to the section of that kind of undefined \
                     behaviour, or add a section",
                    listing.snapshot_shown()
                ),
            )),
            [i] => {
                matched.entry(*i).or_default().insert(link.clone());
                if !sections[*i].refs.contains(&link) {
                    problems.push(Problem::at(
                        INDEX,
                        sections[*i].line,
                        format!(
                            "\"{}\" does not list `{{{{#ref {link}}}}}`, whose report \"{report}\" is of this kind",
                            sections[*i].title
                        ),
                    ));
                }
            }
            many => {
                let titles: Vec<&str> = many.iter().map(|&i| sections[i].title.as_str()).collect();
                problems.push(Problem::at(
                    INDEX,
                    sections[many[0]].line,
                    format!(
                        "the report of {link} (\"{report}\") matches the words of several \
                         sections ({}): make each section's words its own",
                        titles.join(", ")
                    ),
                ));
            }
        }
    }
    for (i, section) in sections.iter().enumerate() {
        if section.patterns.is_empty() {
            problems.push(Problem::at(
                INDEX,
                section.line,
                format!("\"{}\" has no `Reported as:` line with the words of its reports", section.title),
            ));
            continue;
        }
        let have = matched.get(&i).cloned().unwrap_or_default();
        if have.is_empty() {
            problems.push(Problem::at(
                INDEX,
                section.line,
                format!("no listing's report is of the kind \"{}\": remove the section", section.title),
            ));
        }
        for link in section.refs.difference(&have) {
            problems.push(Problem::at(
                INDEX,
                section.line,
                format!(
                    "\"{}\" lists `{{{{#ref {link}}}}}`, whose report does not match its words",
                    section.title
                ),
            ));
        }
    }
}
