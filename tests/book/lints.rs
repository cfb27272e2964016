//! The book's Markdown, checked as a maintainer would with infinite patience:
//!
//! - every chapter SUMMARY.md names exists, and every page is in SUMMARY.md;
//! - every code fence has a known language; Rust blocks are either a listing
//!   (an include of `listings/...`) or inline code that skeptic compiles, and
//!   nothing is tagged `ignore`;
//! - every include names an existing file (and anchor) and no line ranges;
//! - every listing sits in a numbered `<figure class="listing">` whose badge
//!   matches its kind, with its checked output right below it;
//! - every diagram sits in a numbered figure and has a text alternative;
//! - every relative link and `#anchor` resolves;
//! - every listing is shown somewhere (no orphans), and only in its chapter.

use crate::listing::{self, Kind, Listing};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

#[test]
fn the_book_passes_its_lints() {
    let problems = check(crate::root());
    assert!(
        problems.is_empty(),
        "{} problem(s) in the book:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

/// The README, as a path from src/.
const README: &str = "../README.md";

/// Languages a code block may be tagged with besides `rust`, `text` and
/// `mermaid`. Code in these is shown, clearly labelled, and not compiled.
const OTHER_LANGUAGES: &[&str] = &[
    "console",
    "sh",
    "c",
    "cpp",
    "java",
    "python",
    "go",
    "javascript",
    "toml",
    "json",
    "diff",
];

/// Checks the book under `root` and returns every problem found, each
/// starting with the file (and line) it is about.
pub fn check(root: &Path) -> Vec<String> {
    let inventory = listing::scan(root);
    let mut problems = inventory.problems.clone();
    let summary = Summary::read(root, &mut problems);

    let mut pages: Vec<Page> = Vec::new();
    for entry in &summary.entries {
        let Some(rel) = &entry.path else { continue };
        let path = root.join("src").join(rel);
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        pages.push(Page::parse(root, rel, entry.chapter, text, &mut problems));
    }
    let readme = root.join("README.md");
    if let Ok(text) = fs::read_to_string(&readme) {
        let page = Page::parse(root, README, None, text, &mut problems);
        for item in &page.items {
            if !matches!(item.what, What::Code) {
                problems.push(format!(
                    "README.md:{}: the README is not part of the book: no \
                     includes, listings or diagrams here",
                    item.line
                ));
            }
        }
    }

    let by_path: HashMap<PathBuf, &Listing> = inventory
        .listings
        .iter()
        .map(|l| (l.path.clone(), l))
        .collect();
    let mut shown: HashSet<PathBuf> = HashSet::new();
    let mut figures: HashMap<PathBuf, (String, String)> = HashMap::new();
    let mut numbers: BTreeMap<u32, (u32, u32)> = BTreeMap::new();
    for page in &pages {
        let counters = numbers.entry(page.chapter.unwrap_or(0)).or_default();
        check_figures(
            page,
            &by_path,
            counters,
            &mut shown,
            &mut figures,
            &mut problems,
        );
    }
    for listing in &inventory.listings {
        if !shown.contains(&listing.path) {
            problems.push(format!(
                "{}: no chapter includes this listing (an orphan): show it in a \
                 page of the `{}` chapter, or delete it",
                listing.shown, listing.chapter
            ));
        }
    }

    check_links(root, &pages, &mut problems);
    crate::error_index::check(root, &inventory, &figures, &mut problems);
    problems
}

// ---------------------------------------------------------------- SUMMARY.md

struct SummaryEntry {
    /// Relative to src/; `None` for a draft chapter.
    path: Option<String>,
    /// The chapter number for numbered chapters and their sections.
    chapter: Option<u32>,
}

struct Summary {
    entries: Vec<SummaryEntry>,
}

impl Summary {
    fn read(root: &Path, problems: &mut Vec<String>) -> Summary {
        let src = root.join("src");
        let Ok(text) = fs::read_to_string(src.join("SUMMARY.md")) else {
            problems.push("src/SUMMARY.md: missing".into());
            return Summary {
                entries: Vec::new(),
            };
        };
        let mut entries = Vec::new();
        let mut chapter = 0;
        let mut listed = HashSet::new();
        for (i, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            let numbered = trimmed.starts_with("- [") || trimmed.starts_with("* [");
            if !numbered && !trimmed.starts_with('[') {
                continue;
            }
            let Some((_, target)) = trimmed.split_once("](") else {
                continue;
            };
            let target = target.trim_end().trim_end_matches(')');
            let top_level = numbered && line.len() == trimmed.len();
            if top_level {
                chapter += 1;
            }
            let path = (!target.is_empty()).then(|| target.to_string());
            if let Some(path) = &path {
                if !src.join(path).is_file() {
                    problems.push(format!(
                        "src/SUMMARY.md:{}: chapter file src/{path} does not exist \
                         (create it, or make the entry a draft: `- [Title]()`)",
                        i + 1
                    ));
                    continue;
                }
                listed.insert(path.clone());
            }
            entries.push(SummaryEntry {
                path,
                chapter: numbered.then_some(chapter),
            });
        }
        for page in markdown_files(&src) {
            let rel = page
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if rel != "SUMMARY.md" && !listed.contains(&rel) {
                problems.push(format!(
                    "src/{rel}: not in src/SUMMARY.md, so no reader can reach it \
                     (add it, or delete the file)"
                ));
            }
        }
        Summary { entries }
    }
}

fn markdown_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return found;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(markdown_files(&path));
        } else if path.extension().is_some_and(|e| e == "md") {
            found.push(path);
        }
    }
    found.sort();
    found
}

// --------------------------------------------------------------------- pages

enum What {
    /// `<figure class="listing" id=...>` with its caption.
    ListingFigure {
        id: String,
        caption: Option<(String, String, String)>,
    },
    /// `<figure class="diagram" id=...>`.
    DiagramFigure {
        id: String,
    },
    /// `<figcaption>Figure C-N: ...`.
    DiagramCaption {
        number: String,
    },
    FigureEnd,
    /// A `rust` block including a listing file.
    ShowListing {
        path: PathBuf,
        fence: String,
    },
    /// A `text` block including a snapshot.
    ShowOutput {
        path: PathBuf,
    },
    Mermaid,
    Code,
}

struct Item {
    line: usize,
    what: What,
}

struct Page {
    /// Relative to src/, as in SUMMARY.md.
    rel: String,
    /// As messages show it: `src/ownership/moves.md`.
    shown: String,
    chapter: Option<u32>,
    /// The chapter's folder, from `ownership/moves.md`.
    folder: Option<String>,
    /// The repository root, for messages that name other files.
    root: PathBuf,
    items: Vec<Item>,
    ids: HashSet<String>,
    links: Vec<(usize, String)>,
}

impl Page {
    fn parse(
        root: &Path,
        rel: &str,
        chapter: Option<u32>,
        text: String,
        problems: &mut Vec<String>,
    ) -> Page {
        let shown = normalize(&Path::new("src").join(rel))
            .to_string_lossy()
            .into_owned();
        let dir = normalize(&root.join("src").join(rel))
            .parent()
            .unwrap()
            .to_path_buf();
        let folder = rel
            .split_once('/')
            .map(|(f, _)| f.to_string())
            .filter(|f| f != "..");
        let mut page = Page {
            rel: rel.to_string(),
            shown,
            chapter,
            folder,
            root: root.to_path_buf(),
            items: Vec::new(),
            ids: HashSet::new(),
            links: Vec::new(),
        };
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset);

        let options = Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_TASKLISTS
            | Options::ENABLE_HEADING_ATTRIBUTES;
        let mut code: Option<(usize, String, String)> = None;
        let mut heading: Option<(String, Option<String>)> = None;
        let mut html: Option<(usize, String)> = None;
        let mut used_ids = HashSet::new();
        for (event, range) in Parser::new_ext(&text, options).into_offset_iter() {
            let line = line_of(range.start);
            match event {
                Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => problems.push(format!(
                    "{}:{line}: indented code block: use a fenced block with a \
                     language tag (```rust, ```text, ...)",
                    page.shown
                )),
                Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                    code = Some((line, info.to_string(), String::new()));
                }
                Event::End(TagEnd::CodeBlock) => {
                    if let Some((line, info, body)) = code.take() {
                        page.code_block(&dir, line, &info, &body, problems);
                    }
                }
                Event::Text(t) if code.is_some() => code.as_mut().unwrap().2.push_str(&t),
                Event::Start(Tag::Heading { id, .. }) => {
                    heading = Some((String::new(), id.map(|i| i.to_string())));
                }
                Event::End(TagEnd::Heading(_)) => {
                    if let Some((text, explicit)) = heading.take() {
                        let id = explicit.unwrap_or_else(|| id_from_content(&text));
                        page.ids.insert(unique_id(&id, &mut used_ids));
                    }
                }
                Event::Text(t) | Event::Code(t) if heading.is_some() => {
                    heading.as_mut().unwrap().0.push_str(&t)
                }
                Event::Start(Tag::HtmlBlock) => html = Some((line, String::new())),
                Event::Html(t) => match html.as_mut() {
                    Some((_, block)) => block.push_str(&t),
                    None => page.html(line, &t),
                },
                Event::End(TagEnd::HtmlBlock) => {
                    if let Some((line, block)) = html.take() {
                        page.html(line, &block);
                    }
                }
                Event::InlineHtml(t) => page.html_ids(&t),
                Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                    page.links.push((line, dest_url.to_string()));
                }
                Event::Text(t) if t.contains("{{#") => problems.push(format!(
                    "{}:{line}: an mdBook directive outside a code block; the \
                     book allows `{{{{#include ...}}}}` only as the one line of a \
                     ```rust or ```text block",
                    page.shown
                )),
                _ => {}
            }
        }
        page
    }

    fn code_block(
        &mut self,
        dir: &Path,
        line: usize,
        info: &str,
        body: &str,
        problems: &mut Vec<String>,
    ) {
        let at = format!("{}:{line}", self.shown);
        // Include problems point at the include line, under the fence.
        let at_include = format!("{}:{}", self.shown, line + 1);
        let info = info.trim();
        if info.is_empty() {
            problems.push(format!(
                "{at}: code fence without a language tag: tag Rust `rust`, program \
                 output `text`, shell sessions `console`"
            ));
            return;
        }
        let mut words = info.split(',').map(str::trim);
        let language = words.next().unwrap_or("");
        let attributes: Vec<&str> = words.filter(|w| !w.is_empty()).collect();
        if language == "text" && attributes.is_empty() && self.rel == README {
            // The README may show Markdown as text; mdBook never reads it.
            self.items.push(Item {
                line,
                what: What::Code,
            });
            return;
        }
        let include = match parse_include(body) {
            Ok(include) => include,
            Err(message) => {
                problems.push(format!("{at_include}: {message}"));
                return;
            }
        };
        if attributes.contains(&"ignore") {
            problems.push(format!(
                "{at}: `ignore` would show Rust that nothing checks, and no reason \
                 is accepted: a program that must not compile goes in \
                 listings/<chapter>/fails/, and text that is not Rust is tagged `text`"
            ));
            return;
        }
        let what = match (language, include) {
            ("rust", Some((path, anchor))) => {
                let Some(path) = resolve(&self.root, dir, &path, &anchor, &at_include, problems)
                else {
                    return;
                };
                What::ShowListing {
                    path,
                    fence: info.replace(' ', ""),
                }
            }
            ("rust", None) => {
                if let Some(bad) = attributes.iter().find(|a| **a != "no_run") {
                    problems.push(format!(
                        "{at}: inline Rust tagged `{bad}`: only `rust` and \
                         `rust,no_run` are compiled by skeptic as written; a program \
                         that fails or panics must be a listing in listings/, so \
                         that its message is checked and shown"
                    ));
                }
                What::Code
            }
            ("text", Some((path, anchor))) => {
                let Some(path) = resolve(&self.root, dir, &path, &anchor, &at_include, problems)
                else {
                    return;
                };
                What::ShowOutput { path }
            }
            ("mermaid", None) => {
                if !body.contains("accTitle:") || !body.contains("accDescr") {
                    problems.push(format!(
                        "{at}: a diagram needs a text alternative: start it with \
                         `accTitle: ...` and `accDescr: ...` lines"
                    ));
                }
                What::Mermaid
            }
            (lang, Some(_)) => {
                problems.push(format!(
                    "{at}: includes belong in ```rust (listings) or ```text \
                     (their output) blocks, not ```{lang}"
                ));
                return;
            }
            ("text", None) => What::Code,
            (lang, None) if OTHER_LANGUAGES.contains(&lang) => What::Code,
            (lang, None) => {
                problems.push(format!(
                    "{at}: unknown code block language `{lang}`: Rust is tagged \
                     `rust` (and compiled); plain text `text`; known others: {}",
                    OTHER_LANGUAGES.join(", ")
                ));
                return;
            }
        };
        if language != "rust" && !attributes.is_empty() {
            problems.push(format!("{at}: ```{language} takes no attributes"));
        }
        self.items.push(Item { line, what });
    }

    fn html(&mut self, line: usize, block: &str) {
        self.html_ids(block);
        // Items in the order they appear in the block.
        let mut found: Vec<(usize, What)> = Vec::new();
        for (at, _) in block.match_indices("<figure") {
            let tag = &block[at..block[at..].find('>').map_or(block.len(), |e| at + e)];
            let id = attribute(tag, "id").unwrap_or_default();
            if tag.contains("class=\"listing\"") {
                found.push((
                    at,
                    What::ListingFigure {
                        id,
                        caption: listing_caption(&block[at..]),
                    },
                ));
            } else if tag.contains("class=\"diagram\"") {
                found.push((at, What::DiagramFigure { id }));
            }
        }
        for (at, _) in block.match_indices("<figcaption>Figure ") {
            let rest = &block[at + "<figcaption>Figure ".len()..];
            let number = rest.split(':').next().unwrap_or("").to_string();
            found.push((at, What::DiagramCaption { number }));
        }
        for (at, _) in block.match_indices("</figure>") {
            found.push((at, What::FigureEnd));
        }
        found.sort_by_key(|(at, _)| *at);
        for (at, what) in found {
            let line = line + block[..at].matches('\n').count();
            self.items.push(Item { line, what });
        }
    }

    fn html_ids(&mut self, html: &str) {
        for (at, _) in html.match_indices(" id=\"") {
            let rest = &html[at + 5..];
            if let Some(end) = rest.find('"') {
                self.ids.insert(rest[..end].to_string());
            }
        }
    }
}

/// `{{#include path}}` or `{{#include path:anchor}}`, alone in the block.
fn parse_include(body: &str) -> Result<Option<(String, Option<String>)>, String> {
    if !body.contains("{{#") {
        return Ok(None);
    }
    let line = body.trim();
    let inner = line
        .strip_prefix("{{#include ")
        .and_then(|l| l.strip_suffix("}}"))
        .filter(|_| !line.contains('\n'));
    let Some(inner) = inner else {
        return Err(format!(
            "`{}`: the book allows only `{{{{#include path}}}}` or \
             `{{{{#include path:anchor}}}}`, alone in its code block",
            body.lines()
                .find(|l| l.contains("{{#"))
                .unwrap_or(line)
                .trim()
        ));
    };
    let mut parts = inner.trim().split(':');
    let path = parts.next().unwrap().to_string();
    let anchor = parts.next().map(str::to_string);
    let is_anchor = |a: &str| !a.is_empty() && !a.chars().all(|c| c.is_ascii_digit());
    if parts.next().is_some() || anchor.as_deref().is_some_and(|a| !is_anchor(a)) {
        return Err(format!(
            "`{line}`: line ranges drift silently when a listing changes; mark \
             the excerpt with `// ANCHOR: name` and `// ANCHOR_END: name` and \
             include `path:name`"
        ));
    }
    Ok(Some((path, anchor)))
}

/// Resolves an include against the page's folder; the file (and anchor)
/// must exist.
fn resolve(
    root: &Path,
    dir: &Path,
    path: &str,
    anchor: &Option<String>,
    at: &str,
    problems: &mut Vec<String>,
) -> Option<PathBuf> {
    let full = normalize(&dir.join(path));
    let Ok(text) = fs::read_to_string(&full) else {
        problems.push(format!(
            "{at}: `{{{{#include {path}}}}}` names a file that does not exist \
             ({})",
            relative(root, &full)
        ));
        return None;
    };
    if let Some(anchor) = anchor {
        let marks = |word: &str| {
            text.lines().any(|l| {
                l.split_once(word)
                    .is_some_and(|(_, name)| name.split_whitespace().next() == Some(anchor))
            })
        };
        if !marks("ANCHOR:") || !marks("ANCHOR_END:") {
            problems.push(format!(
                "{at}: `{path}` has no anchor `{anchor}`: mark the excerpt with \
                 `// ANCHOR: {anchor}` and `// ANCHOR_END: {anchor}`"
            ));
            return None;
        }
    }
    Some(full)
}

/// From `<figcaption><span class="badge fails">Does not compile</span>
/// Listing 2-3: ...`: the badge's class, its text, and the number.
fn listing_caption(block: &str) -> Option<(String, String, String)> {
    let caption = &block[block.find("<figcaption>")? + "<figcaption>".len()..];
    let caption = &caption[..caption.find("</figcaption>")?];
    let badge = caption.strip_prefix("<span class=\"badge ")?;
    let (class, rest) = badge.split_once("\">")?;
    let (text, rest) = rest.split_once("</span>")?;
    let number = rest
        .trim_start()
        .strip_prefix("Listing ")?
        .split(':')
        .next()?;
    Some((class.to_string(), text.to_string(), number.to_string()))
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_string())
}

// ------------------------------------------------------------------- figures

/// Walks a page's items in order: each listing and diagram in its numbered
/// figure, each listing with its output right below it.
fn check_figures(
    page: &Page,
    listings: &HashMap<PathBuf, &Listing>,
    (next_listing, next_figure): &mut (u32, u32),
    shown: &mut HashSet<PathBuf>,
    figures: &mut HashMap<PathBuf, (String, String)>,
    problems: &mut Vec<String>,
) {
    let items = &page.items;
    let at = |item: &Item| format!("{}:{}", page.shown, item.line);
    let mut i = 0;
    while i < items.len() {
        let item = &items[i];
        i += 1;
        match &item.what {
            What::ListingFigure { id, caption } => {
                *next_listing += 1;
                let number = format!("{}-{next_listing}", page.chapter.unwrap_or(0));
                if page.chapter.is_none() {
                    problems.push(format!(
                        "{}: listings belong in numbered chapters, not in {}",
                        at(item),
                        page.rel
                    ));
                }
                let Some((class, badge, caption_number)) = caption else {
                    problems.push(format!(
                        "{}: the listing's figure needs, on the next line, \
                         `<figcaption><span class=\"badge KIND\">TEXT</span> \
                         Listing {number}: ...</figcaption>`",
                        at(item)
                    ));
                    continue;
                };
                if *id != format!("listing-{number}") || *caption_number != number {
                    problems.push(format!(
                        "{}: this is Listing {number} (listings are numbered in \
                         order through the chapter): write id=\"listing-{number}\" \
                         and \"Listing {number}:\" (found id=\"{id}\", \"Listing \
                         {caption_number}\")",
                        at(item)
                    ));
                }
                let Some(show) = items
                    .get(i)
                    .filter(|n| matches!(n.what, What::ShowListing { .. }))
                else {
                    problems.push(format!(
                        "{}: Listing {number}'s figure must hold a ```rust block \
                         that includes its listing file",
                        at(item)
                    ));
                    continue;
                };
                i += 1;
                let What::ShowListing { path, fence } = &show.what else {
                    unreachable!()
                };
                let Some(listing) = listings.get(path) else {
                    problems.push(format!(
                        "{}: {} is not a listing: listings live in \
                         listings/<chapter>/<runs|fails|panics>/<name>.rs",
                        at(show),
                        relative(&page.root, path)
                    ));
                    continue;
                };
                shown.insert(path.clone());
                figures
                    .entry(path.clone())
                    .or_insert_with(|| (page.rel.clone(), id.clone()));
                let kind = listing.kind;
                if page.folder.as_deref() != Some(listing.chapter.as_str()) {
                    problems.push(format!(
                        "{}: {} belongs to the `{}` chapter; a page shows only \
                         listings from listings/<its own chapter folder>/",
                        at(show),
                        listing.shown,
                        listing.chapter
                    ));
                }
                if *class != kind.folder() || *badge != kind.badge() {
                    problems.push(format!(
                        "{}: {} is a {} listing: its badge is `<span class=\"badge \
                         {}\">{}</span>` (found class \"{class}\", text \"{badge}\")",
                        at(item),
                        listing.shown,
                        kind.folder(),
                        kind.folder(),
                        kind.badge()
                    ));
                }
                if *fence != kind.fence() {
                    problems.push(format!(
                        "{}: {} is a {} listing: tag its block ```{} (found ```{fence})",
                        at(show),
                        listing.shown,
                        kind.folder(),
                        kind.fence()
                    ));
                }
                let needs_output = kind != Kind::Runs
                    || fs::metadata(listing.snapshot()).map_or(true, |m| m.len() > 0);
                match items.get(i).map(|n| &n.what) {
                    Some(What::ShowOutput { path }) => {
                        i += 1;
                        if *path != listing.snapshot() {
                            problems.push(format!(
                                "{}: the output under {} must be its own snapshot {}",
                                at(&items[i - 1]),
                                listing.shown,
                                listing.snapshot_shown()
                            ));
                        }
                    }
                    _ if needs_output => problems.push(format!(
                        "{}: show the checked output right under {}: a ```text \
                         block that includes {}",
                        at(show),
                        listing.shown,
                        listing.snapshot_shown()
                    )),
                    _ => {}
                }
                if !matches!(items.get(i).map(|n| &n.what), Some(What::FigureEnd)) {
                    problems.push(format!(
                        "{}: close Listing {number}'s figure with </figure> right \
                         after its output",
                        at(show)
                    ));
                } else {
                    i += 1;
                }
            }
            What::DiagramFigure { id } => {
                *next_figure += 1;
                let number = format!("{}-{next_figure}", page.chapter.unwrap_or(0));
                if *id != format!("figure-{number}") {
                    problems.push(format!(
                        "{}: this is Figure {number}: write id=\"figure-{number}\" \
                         (found \"{id}\")",
                        at(item)
                    ));
                }
                if !matches!(items.get(i).map(|n| &n.what), Some(What::Mermaid)) {
                    problems.push(format!(
                        "{}: Figure {number} must hold a ```mermaid block",
                        at(item)
                    ));
                    continue;
                }
                i += 1;
                match items.get(i).map(|n| &n.what) {
                    Some(What::DiagramCaption { number: found }) if *found == number => i += 1,
                    _ => problems.push(format!(
                        "{}: caption the diagram right below it: \
                         `<figcaption>Figure {number}: ...</figcaption>`",
                        at(item)
                    )),
                }
                if matches!(items.get(i).map(|n| &n.what), Some(What::FigureEnd)) {
                    i += 1;
                }
            }
            What::ShowListing { path, .. } => problems.push(format!(
                "{}: {} is shown outside a numbered `<figure class=\"listing\">` \
                 with its caption and badge",
                at(item),
                relative(&page.root, path)
            )),
            What::ShowOutput { path } => problems.push(format!(
                "{}: {} is shown away from its listing: output goes right under \
                 the listing, inside its figure",
                at(item),
                relative(&page.root, path)
            )),
            What::Mermaid => problems.push(format!(
                "{}: a diagram outside a numbered `<figure class=\"diagram\">` \
                 with a `Figure N-M:` caption",
                at(item)
            )),
            What::DiagramCaption { .. } | What::FigureEnd | What::Code => {}
        }
    }
}

// --------------------------------------------------------------------- links

fn check_links(root: &Path, pages: &[Page], problems: &mut Vec<String>) {
    let src = root.join("src");
    let ids: HashMap<PathBuf, &HashSet<String>> = pages
        .iter()
        .map(|p| (normalize(&src.join(&p.rel)), &p.ids))
        .collect();
    for page in pages {
        let here = normalize(&src.join(&page.rel));
        for (line, dest) in &page.links {
            if dest.contains("://") || dest.starts_with("mailto:") {
                continue;
            }
            let at = format!("{}:{line}", page.shown);
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
                problems.push(format!(
                    "{at}: link to `{dest}`: link the .md file, mdBook rewrites it"
                ));
                continue;
            }
            if !target.exists() {
                problems.push(format!("{at}: broken link `{dest}`: no such file"));
                continue;
            }
            if let Some(fragment) = fragment {
                match ids.get(&target) {
                    Some(ids) if ids.contains(fragment) => {}
                    Some(_) => problems.push(format!(
                        "{at}: broken link `{dest}`: no heading or id `{fragment}` there"
                    )),
                    None => problems.push(format!(
                        "{at}: link `{dest}` points into a file that is not a page of the book"
                    )),
                }
            } else if path.ends_with(".md") && !ids.contains_key(&target) {
                problems.push(format!(
                    "{at}: link `{dest}`: that page is not in SUMMARY.md"
                ));
            }
        }
    }
}

/// mdBook 0.5's heading ids (mdbook-html's `id_from_content`).
fn id_from_content(content: &str) -> String {
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

fn unique_id(id: &str, used: &mut HashSet<String>) -> String {
    if used.insert(id.to_string()) {
        return id.to_string();
    }
    (1..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| used.insert(candidate.clone()))
        .unwrap()
}

/// `path` as messages show it: from the repository root.
fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

/// Lexically resolves `.` and `..`.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Listings are read in a browser and on a PDF page: rustfmt's layout, and
/// at most 80 columns so that nothing wraps or runs off the page.
#[test]
fn listings_are_rustfmt_formatted_and_fit_80_columns() {
    let inventory = listing::scan(crate::root());
    let mut problems = Vec::new();
    for listing in &inventory.listings {
        let text = fs::read_to_string(&listing.path).unwrap();
        for (i, line) in text.lines().enumerate() {
            let width = line.chars().count();
            if width > 80 {
                problems.push(format!(
                    "{}:{}: {width} columns (at most 80)",
                    listing.shown,
                    i + 1
                ));
            }
        }
    }
    let rustfmt = std::process::Command::new("rustfmt")
        .args(["--check", "--edition", "2024", "--color", "never"])
        .args(inventory.listings.iter().map(|l| &l.path))
        .output()
        .expect("rustfmt should be installed (rust-toolchain.toml asks for it)");
    if !rustfmt.status.success() {
        let root = format!("{}/", crate::root().display());
        problems.push(format!(
            "rustfmt would change these listings (run `rustfmt --edition 2024 FILE`):\n{}",
            String::from_utf8_lossy(&rustfmt.stdout).replace(&root, "")
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
