//! The book's pages in SUMMARY.md order, the numbering of the listings they
//! show, and the rendering of a page's directives into the figure a reader
//! sees. The test suite and the preprocessor both go through here, so what
//! the lints check is what mdBook renders.

use crate::directive::{self, Directive};
use crate::figure::{figure, mir_figure};
use crate::quiz::{self, Question};
use crate::{Inventory, Listing, Problem};
use mdbook_summary::{Link, SummaryItem};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// A page of the book.
#[derive(Clone, Debug)]
pub struct Page {
    /// Relative to src/, with `/`: `borrowing/rules.md`.
    pub rel: String,
    /// The number of the chapter it belongs to (`None` before and after
    /// the numbered chapters: the introduction, the glossary).
    pub chapter: Option<u32>,
    pub text: String,
}

impl Page {
    /// As messages show it: `src/borrowing/rules.md`.
    pub fn shown(&self) -> String {
        format!("src/{}", self.rel)
    }

    /// The chapter's folder: `borrowing` for `borrowing/rules.md`.
    pub fn folder(&self) -> Option<&str> {
        self.rel.split_once('/').map(|(folder, _)| folder)
    }
}

/// An entry of SUMMARY.md: its line there, its file (`None` for a draft)
/// and its chapter number.
#[derive(Clone, Debug)]
pub struct Entry {
    pub rel: Option<String>,
    pub chapter: Option<u32>,
}

/// The entries of `src/SUMMARY.md`, in order, as mdBook reads them.
pub fn summary(root: &Path) -> Result<Vec<Entry>, Problem> {
    let file = "src/SUMMARY.md";
    let text = std::fs::read_to_string(root.join(file))
        .map_err(|e| Problem::in_file(file, format!("cannot read: {e}")))?;
    let summary = mdbook_summary::parse_summary(&text)
        .map_err(|e| Problem::in_file(file, format!("mdBook cannot parse it: {e:#}")))?;
    let mut entries = Vec::new();
    fn walk(items: &[SummaryItem], entries: &mut Vec<Entry>) {
        for item in items {
            if let SummaryItem::Link(link) = item {
                entries.push(entry(link));
                walk(&link.nested_items, entries);
            }
        }
    }
    walk(&summary.prefix_chapters, &mut entries);
    walk(&summary.numbered_chapters, &mut entries);
    walk(&summary.suffix_chapters, &mut entries);
    Ok(entries)
}

fn entry(link: &Link) -> Entry {
    Entry {
        rel: link
            .location
            .as_ref()
            .filter(|l| !l.as_os_str().is_empty())
            .map(|l| l.to_string_lossy().replace('\\', "/")),
        chapter: link.number.as_ref().and_then(|n| n.first().copied()),
    }
}

/// A listing as a page shows it.
#[derive(Clone, Debug)]
pub struct Shown {
    /// `3-5`.
    pub number: String,
    /// The page (relative to src/) and line of its directive.
    pub page: String,
    pub line: usize,
    pub listing: Listing,
    /// The path as the directive wrote it, and its anchor.
    pub written: String,
    pub anchor: Option<String>,
    pub caption: String,
}

impl Shown {
    /// The figure's id, and the `#anchor` of links to it.
    pub fn id(&self) -> String {
        format!("listing-{}", self.number)
    }
}

/// Every listing the pages show, numbered in order through each chapter.
#[derive(Debug, Default)]
pub struct Numbering {
    pub shown: Vec<Shown>,
    by_place: HashMap<(String, usize), usize>,
    /// Every question (a ```quiz block), numbered in order through each chapter.
    pub questions: Vec<Question>,
    /// The last page of each chapter: where its answers are printed.
    pub last_page: HashMap<u32, String>,
}

impl Numbering {
    /// Numbers the `{{#listing}}` directives of `pages` (in book order).
    /// Problems: a directive that is malformed, names no listing, shows a
    /// listing outside its chapter or outside a numbered chapter, names a
    /// missing anchor, or shows a listing a second time.
    pub fn of(root: &Path, inventory: &Inventory, pages: &[Page]) -> (Numbering, Vec<Problem>) {
        let mut numbering = Numbering::default();
        let mut problems = Vec::new();
        let mut counters: HashMap<u32, u32> = HashMap::new();
        let mut first_shown: HashMap<PathBuf, String> = HashMap::new();
        for page in pages {
            let dir = normalize(&root.join("src").join(&page.rel));
            let dir = dir.parent().unwrap();
            if let Some(chapter) = page.chapter {
                numbering.last_page.insert(chapter, page.rel.clone());
            }
            let asked = quiz::questions_of(page, dir, inventory, &numbering.questions, &mut problems);
            numbering.questions.extend(asked);
            for found in directive::find(&page.text) {
                let at = |message: String| Problem::at(page.shown(), found.line, message);
                let directive = match found.directive {
                    Ok(directive) => directive,
                    Err(message) => {
                        problems.push(at(message));
                        continue;
                    }
                };
                let Directive::Listing {
                    path,
                    anchor,
                    caption,
                } = directive
                else {
                    continue;
                };
                let full = normalize(&dir.join(&path));
                let Some(listing) = inventory.at(&full) else {
                    problems.push(at(format!(
                        "`{path}` is not a listing: a listing is a file \
                         listings/<chapter>/<runs|fails|panics>/<name>.rs \
                         that exists"
                    )));
                    continue;
                };
                let Some(chapter) = page.chapter else {
                    problems.push(at(format!(
                        "{} is shown outside the numbered chapters; listings \
                         belong to a chapter",
                        listing.shown
                    )));
                    continue;
                };
                if page.folder() != Some(listing.chapter.as_str()) {
                    problems.push(at(format!(
                        "{} belongs to the `{}` chapter: show it there, or move \
                         it to listings/{}/",
                        listing.shown,
                        listing.chapter,
                        page.folder().unwrap_or("?")
                    )));
                    continue;
                }
                if let Some(anchor) = &anchor
                    && !has_anchor(&listing.path, anchor)
                {
                    problems.push(at(format!(
                        "{} has no anchor `{anchor}`: mark the excerpt with \
                         `// ANCHOR: {anchor}` and `// ANCHOR_END: {anchor}`",
                        listing.shown
                    )));
                    continue;
                }
                let place = format!("{}:{}", page.shown(), found.line);
                if let Some(first) = first_shown.get(&listing.path) {
                    problems.push(at(format!(
                        "{} is already shown at {first}: a listing is shown once",
                        listing.shown
                    )));
                    continue;
                }
                first_shown.insert(listing.path.clone(), place);
                let counter = counters.entry(chapter).or_default();
                *counter += 1;
                numbering
                    .by_place
                    .insert((page.rel.clone(), found.line), numbering.shown.len());
                numbering.shown.push(Shown {
                    number: format!("{chapter}-{counter}"),
                    page: page.rel.clone(),
                    line: found.line,
                    listing: listing.clone(),
                    written: path,
                    anchor,
                    caption,
                });
            }
        }
        quiz::check_alone(&numbering.questions, &first_shown, &mut problems);
        (numbering, problems)
    }

    /// The questions of chapter `chapter`.
    pub fn questions_in(&self, chapter: u32) -> Vec<&Question> {
        self.questions.iter().filter(|q| q.chapter == chapter).collect()
    }

    /// The listing whose directive is at `line` of `page`.
    pub fn at(&self, page: &str, line: usize) -> Option<&Shown> {
        self.by_place
            .get(&(page.to_string(), line))
            .map(|&i| &self.shown[i])
    }

    /// The listing a `{{#ref name}}` on `page` names.
    pub fn resolve(&self, page: &Page, name: &str) -> Result<&Shown, String> {
        let reference = match name.split_once('/') {
            Some(_) => name.to_string(),
            None => match page.folder() {
                Some(folder) => format!("{folder}/{name}"),
                None => {
                    return Err(format!(
                        "`{{{{#ref {name}}}}}`: this page is in no chapter; \
                         write `{{{{#ref chapter/{name}}}}}`"
                    ));
                }
            },
        };
        self.shown
            .iter()
            .find(|s| s.listing.reference() == reference)
            .ok_or_else(|| {
                format!(
                    "`{{{{#ref {name}}}}}` names no listing shown in the book \
                     (listings/{} has no <kind>/{}.rs shown by a page)",
                    reference.split('/').next().unwrap_or(""),
                    reference.rsplit('/').next().unwrap_or("")
                )
            })
    }
}

/// Renders the directives of `page`. Every problem names the page and line.
pub fn render(page: &Page, numbering: &Numbering) -> Result<String, Vec<Problem>> {
    let text = &page.text;
    let mut out = String::with_capacity(text.len() * 2);
    let mut problems = Vec::new();
    let mut last = 0;
    let blocks: Vec<quiz::Block> = quiz::blocks(text).into_iter().filter_map(Result::ok).collect();
    let mut next_block = 0;
    for found in directive::find(text) {
        let at = |message: String| Problem::at(page.shown(), found.line, message);
        while let Some(block) = blocks.get(next_block).filter(|b| b.range.end <= found.range.start) {
            out.push_str(&text[last..block.range.start]);
            out.push_str(&render_question(page, block, numbering));
            last = block.range.end;
            next_block += 1;
        }
        if blocks.get(next_block).is_some_and(|b| b.range.start <= found.range.start) {
            problems.push(at("a question's TOML holds no directives: write the listing's path, and plain text".into()));
            continue;
        }
        out.push_str(&text[last..found.range.start]);
        last = found.range.end;
        match found.directive {
            Err(message) => problems.push(at(message)),
            Ok(Directive::Listing { .. }) => match numbering.at(&page.rel, found.line) {
                Some(shown) => match render_refs(&shown.caption, page, numbering, true) {
                    Ok(caption) => out.push_str(&figure(shown, &caption)),
                    Err(message) => problems.push(at(message)),
                },
                // Numbering::of reported why.
                None => problems.push(at("this listing cannot be shown (see above)".into())),
            },
            Ok(Directive::Mir { path }) => match mir_figure(&path, numbering) {
                Ok(html) => out.push_str(&html),
                Err(message) => problems.push(at(message)),
            },
            Ok(Directive::Ref { name }) => {
                let html = line_of(text, found.range.start).trim_start().starts_with('<');
                match reference(&name, page, numbering, html) {
                    Ok(text) => out.push_str(&text),
                    Err(message) => problems.push(at(message)),
                }
            }
        }
    }
    for block in &blocks[next_block..] {
        out.push_str(&text[last..block.range.start]);
        out.push_str(&render_question(page, block, numbering));
        last = block.range.end;
    }
    out.push_str(&text[last..]);
    if let Some(chapter) = page.chapter
        && numbering.last_page.get(&chapter) == Some(&page.rel)
    {
        let questions = numbering.questions_in(chapter);
        if !questions.is_empty() {
            out.push_str(&quiz::html::answers_section(chapter, &questions));
        }
    }
    if problems.is_empty() {
        Ok(directive::unescape(&out))
    } else {
        Err(problems)
    }
}

/// What a ```quiz block becomes; one that could not be read was reported
/// by `Numbering::of` and is left out.
fn render_question(page: &Page, block: &quiz::Block, numbering: &Numbering) -> String {
    match numbering.questions.iter().find(|q| q.page == page.rel && q.line == block.line) {
        Some(q) => quiz::html::render(q, numbering.questions_in(q.chapter).len()),
        None => String::new(),
    }
}

/// What `{{#ref name}}` on `page` becomes: `Listing C-N`, a link to it when
/// it is on another page. Inside HTML (a caption), where a Markdown link
/// would not be rendered, it is the text alone.
fn reference(name: &str, page: &Page, numbering: &Numbering, html: bool) -> Result<String, String> {
    let shown = numbering.resolve(page, name)?;
    Ok(if shown.page == page.rel || html {
        format!("Listing {}", shown.number)
    } else {
        format!(
            "[Listing {}]({}#{})",
            shown.number,
            relative_link(&page.rel, &shown.page),
            shown.id()
        )
    })
}

/// `text` (one line of HTML, a caption) with its `{{#ref}}`s rendered.
fn render_refs(text: &str, page: &Page, numbering: &Numbering, html: bool) -> Result<String, String> {
    let mut out = String::new();
    let mut last = 0;
    for found in directive::find(text) {
        out.push_str(&text[last..found.range.start]);
        last = found.range.end;
        match found.directive? {
            Directive::Ref { name } => out.push_str(&reference(&name, page, numbering, html)?),
            Directive::Listing { .. } | Directive::Mir { .. } => {
                return Err("a listing inside a caption".into());
            }
        }
    }
    out.push_str(&text[last..]);
    Ok(out)
}

fn line_of(text: &str, offset: usize) -> &str {
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    &text[start..end]
}

/// The link from page `from` to page `to` (both relative to src/).
fn relative_link(from: &str, to: &str) -> String {
    let from: Vec<&str> = from.split('/').collect();
    let to: Vec<&str> = to.split('/').collect();
    let (from_dirs, to_dirs) = (&from[..from.len() - 1], &to[..to.len() - 1]);
    let common = from_dirs
        .iter()
        .zip(to_dirs)
        .take_while(|(a, b)| a == b)
        .count();
    let mut link = "../".repeat(from_dirs.len() - common);
    link.push_str(&to[common..].join("/"));
    link
}

/// Whether `path` marks the excerpt `anchor` (`ANCHOR: name` and
/// `ANCHOR_END: name`, as mdBook reads them).
pub fn has_anchor(path: &Path, anchor: &str) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else {
        return false;
    };
    let marks = |word: &str| {
        text.lines().any(|l| {
            l.split_once(word)
                .is_some_and(|(_, name)| name.split_whitespace().next() == Some(anchor))
        })
    };
    marks("ANCHOR:") && marks("ANCHOR_END:")
}

/// `a/b/../c` is `a/c`, without asking the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}
