//! Listings and diagrams on a page. Listings are rendered from
//! `{{#listing}}` by the preprocessor through `book_model::book`, so here
//! the same code renders each page: a directive or a `{{#ref}}` that would
//! fail the build fails here first, with its file and line. What is left
//! to check by hand is what an author can still write by hand.

use super::page::{Item, Parsed, What};
use book_model::book::{self, Numbering, Page};
use book_model::{Inventory, Problem};
use std::collections::HashMap;

/// `diagrams` counts the diagrams of each chapter's earlier pages.
pub fn check(
    page: &Page,
    parsed: &Parsed,
    numbering: &Numbering,
    diagrams_so_far: &mut HashMap<u32, u32>,
    problems: &mut Vec<Problem>,
) {
    if let Err(found) = book::render(page, numbering) {
        problems.extend(found.into_iter().filter(|p| !p.message.contains("(see above)")));
    }
    let lines: Vec<&str> = page.text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        // mdBook expands a directive only when it is on one line.
        if let Some(at) = line.find("{{#")
            && !line[at..].contains("}}")
        {
            problems.push(parsed.at(
                i + 1,
                format!(
                    "`{}` is cut by a line break: mdBook expands a `{{{{#...}}}}` \
                     directive only when it ends on the line it starts on",
                    line[at..].trim_end()
                ),
            ));
        }
        // `Listing` at the end of a line and its number on the next.
        let wrapped = line
            .trim_end()
            .strip_suffix("Listing")
            .filter(|before| before.is_empty() || before.ends_with([' ', '(', '[']))
            .and_then(|_| lines.get(i + 1))
            .and_then(|next| written_number(&format!("Listing {}", next.trim_start())));
        if let Some(number) = written_number(line).or(wrapped) {
            problems.push(parsed.at(
                i + 1,
                format!(
                    "`Listing {number}` written by hand goes stale when listings are \
                     added: write `{{{{#ref name}}}}` (the listing's file name), which \
                     renders its number"
                ),
            ));
        }
    }
    diagrams(page, parsed, diagrams_so_far.entry(page.chapter.unwrap_or(0)).or_default(), problems);
}

/// `Listing 3-5` (or `listing-3-5`) in the text, outside the preprocessor's
/// directives.
fn written_number(line: &str) -> Option<String> {
    for word in ["Listing ", "listing-"] {
        for (at, _) in line.match_indices(word) {
            let rest = &line[at + word.len()..];
            let number: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '-')
                .collect();
            let parts: Vec<&str> = number.split('-').collect();
            if parts.len() == 2 && parts.iter().all(|p| !p.is_empty()) {
                return Some(number);
            }
        }
    }
    None
}

/// Each diagram in a figure numbered in order through the chapter, its
/// Mermaid block in it, its caption right below.
fn diagrams(page: &Page, parsed: &Parsed, next: &mut u32, problems: &mut Vec<Problem>) {
    let items: &[Item] = &parsed.figures;
    let chapter = page.chapter.unwrap_or(0);
    let mut i = 0;
    while i < items.len() {
        let item = &items[i];
        i += 1;
        match &item.what {
            What::ListingFigure => problems.push(parsed.at(
                item.line,
                "a listing's figure written by hand: write `{{#listing \
                 ../../listings/<chapter>/<kind>/<name>.rs \"Caption\"}}`, which \
                 renders the number, badge, listing and snapshot",
            )),
            What::DiagramFigure { id } => {
                *next += 1;
                let number = format!("{chapter}-{next}");
                if *id != format!("figure-{number}") {
                    problems.push(parsed.at(
                        item.line,
                        format!("this is Figure {number}: write id=\"figure-{number}\" (found \"{id}\")"),
                    ));
                }
                if !matches!(items.get(i).map(|n| &n.what), Some(What::Mermaid)) {
                    problems.push(parsed.at(item.line, format!("Figure {number} must hold a ```mermaid block")));
                    continue;
                }
                i += 1;
                match items.get(i).map(|n| &n.what) {
                    Some(What::DiagramCaption { number: found }) if *found == number => i += 1,
                    _ => problems.push(parsed.at(
                        item.line,
                        format!(
                            "caption the diagram right below it: \
                             `<figcaption>Figure {number}: ...</figcaption>`"
                        ),
                    )),
                }
                if matches!(items.get(i).map(|n| &n.what), Some(What::FigureEnd)) {
                    i += 1;
                }
            }
            What::Mermaid => problems.push(parsed.at(
                item.line,
                "a diagram outside a numbered `<figure class=\"diagram\">` with a \
                 `Figure N-M:` caption",
            )),
            What::DiagramCaption { .. } | What::FigureEnd | What::Code => {}
        }
    }
}

/// Every listing is shown by some page, or asked about by a question.
pub fn orphans(inventory: &Inventory, numbering: &Numbering, problems: &mut Vec<Problem>) {
    for listing in &inventory.listings {
        if !numbering.shown.iter().any(|s| s.listing.path == listing.path)
            && !numbering.questions.iter().any(|q| q.listing.path == listing.path)
        {
            problems.push(Problem::in_file(
                &listing.shown,
                format!(
                    "no chapter shows this listing (an orphan): show it with \
                     `{{{{#listing}}}}` (or ask about it in a ```quiz block) in a \
                     page of the `{}` chapter, or delete it",
                    listing.chapter
                ),
            ));
        }
    }
}
