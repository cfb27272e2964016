//! One page's Markdown, parsed as mdBook parses it (`mdbook-markdown`'s own
//! parser and options, so heading ids cannot drift from what mdBook
//! renders): its code fences (checked here), figures, ids and links.

use book_model::Problem;
use book_model::book::{Numbering, Page};
use mdbook_markdown::pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};
use mdbook_markdown::{MarkdownOptions, new_cmark_parser};
use std::collections::HashSet;

/// Languages a code block may be tagged with besides `rust`, `text` and
/// `mermaid`. Code in these is shown, clearly labelled, and not compiled.
const OTHER_LANGUAGES: &[&str] = &[
    "console", "sh", "c", "cpp", "java", "python", "go", "javascript", "toml", "json", "diff",
];

pub enum What {
    /// `<figure class="listing">` written by hand.
    ListingFigure,
    /// `<figure class="diagram" id=...>`.
    DiagramFigure { id: String },
    /// `<figcaption>Figure C-N: ...`.
    DiagramCaption { number: String },
    FigureEnd,
    Mermaid,
    Code,
}

pub struct Item {
    pub line: usize,
    pub what: What,
}

pub struct Parsed {
    /// As messages show it: `src/ownership/moves.md`.
    pub shown: String,
    pub figures: Vec<Item>,
    /// Every id a link may point at: headings, HTML ids, listings.
    pub ids: HashSet<String>,
    pub links: Vec<(usize, String)>,
}

impl Parsed {
    pub fn of(page: &Page, numbering: &Numbering, problems: &mut Vec<Problem>) -> Parsed {
        let shown = page.shown().replace("src/../", "");
        let mut parsed = Parsed {
            shown,
            figures: Vec::new(),
            ids: numbering
                .shown
                .iter()
                .filter(|s| s.page == page.rel)
                .map(|s| s.id())
                .collect(),
            links: Vec::new(),
        };
        let text = &page.text;
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset);
        let mut code: Option<(usize, String, String)> = None;
        let mut heading: Option<(String, Option<String>)> = None;
        let mut html: Option<(usize, String)> = None;
        let mut used_ids = HashSet::new();
        let parser = new_cmark_parser(text, &MarkdownOptions::default());
        for (event, range) in parser.into_offset_iter() {
            let line = line_of(range.start);
            match event {
                Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => {
                    problems.push(parsed.at(
                        line,
                        "indented code block: use a fenced block with a language \
                         tag (```rust, ```text, ...)",
                    ))
                }
                Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                    code = Some((line, info.to_string(), String::new()));
                }
                Event::End(TagEnd::CodeBlock) => {
                    if let Some((line, info, body)) = code.take() {
                        parsed.code_block(page, line, &info, &body, problems);
                    }
                }
                Event::Text(t) if code.is_some() => code.as_mut().unwrap().2.push_str(&t),
                Event::Start(Tag::Heading { id, .. }) => {
                    heading = Some((String::new(), id.map(|i| i.to_string())));
                }
                Event::End(TagEnd::Heading(_)) => {
                    if let Some((text, explicit)) = heading.take() {
                        let id = explicit.unwrap_or_else(|| super::links::id_from_content(&text));
                        parsed.ids.insert(super::links::unique_id(&id, &mut used_ids));
                    }
                }
                Event::Text(t) | Event::Code(t) if heading.is_some() => {
                    heading.as_mut().unwrap().0.push_str(&t)
                }
                Event::Start(Tag::HtmlBlock) => html = Some((line, String::new())),
                Event::Html(t) => match html.as_mut() {
                    Some((_, block)) => block.push_str(&t),
                    None => parsed.html(line, &t),
                },
                Event::End(TagEnd::HtmlBlock) => {
                    if let Some((line, block)) = html.take() {
                        parsed.html(line, &block);
                    }
                }
                Event::InlineHtml(t) => parsed.html_ids(&t),
                Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                    parsed.links.push((line, dest_url.to_string()));
                }
                _ => {}
            }
        }
        for (i, line) in text.lines().enumerate() {
            if line.contains("{{#include") && !page.rel.starts_with("../") {
                problems.push(parsed.at(
                    i + 1,
                    "a chapter shows a listing with `{{#listing ../../listings/\
                     <chapter>/<kind>/<name>.rs \"Caption\"}}`, which renders its \
                     figure, badge and checked snapshot; no `{{#include}}` by hand",
                ));
            }
        }
        parsed
    }

    pub fn at(&self, line: usize, message: impl Into<String>) -> Problem {
        Problem::at(&self.shown, line, message)
    }

    fn code_block(&mut self, page: &Page, line: usize, info: &str, body: &str, problems: &mut Vec<Problem>) {
        let info = info.trim();
        if info.is_empty() {
            problems.push(self.at(
                line,
                "code fence without a language tag: tag Rust `rust`, program \
                 output `text`, shell sessions `console`",
            ));
            return;
        }
        let mut words = info.split(',').map(str::trim);
        let language = words.next().unwrap_or("");
        let attributes: Vec<&str> = words.filter(|w| !w.is_empty()).collect();
        if attributes.contains(&"ignore") {
            problems.push(self.at(
                line,
                "`ignore` would show Rust that nothing checks, and no reason is \
                 accepted: a program that must not compile goes in \
                 listings/<chapter>/fails/, and text that is not Rust is tagged `text`",
            ));
            return;
        }
        let what = match language {
            "rust" => {
                if let Some(bad) = attributes.iter().find(|a| **a != "no_run") {
                    problems.push(self.at(
                        line,
                        format!(
                            "inline Rust tagged `{bad}`: only `rust` and `rust,no_run` \
                             are compiled and run as written; a program that fails \
                             or panics must be a listing in listings/, so that its \
                             message is checked and shown"
                        ),
                    ));
                }
                What::Code
            }
            "mermaid" => {
                if !body.contains("accTitle:") || !body.contains("accDescr") {
                    problems.push(self.at(
                        line,
                        "a diagram needs a text alternative: start it with \
                         `accTitle: ...` and `accDescr: ...` lines",
                    ));
                }
                What::Mermaid
            }
            // A question: its TOML is read, and its listing checked, by
            // book_model::quiz through the numbering.
            "text" | "quiz" => What::Code,
            lang if OTHER_LANGUAGES.contains(&lang) => What::Code,
            lang => {
                problems.push(self.at(
                    line,
                    format!(
                        "unknown code block language `{lang}`: Rust is tagged `rust` \
                         (and compiled); plain text `text`; known others: {}",
                        OTHER_LANGUAGES.join(", ")
                    ),
                ));
                return;
            }
        };
        if language != "rust" && !attributes.is_empty() {
            problems.push(self.at(line, format!("```{language} takes no attributes")));
        }
        let _ = page;
        self.figures.push(Item { line, what });
    }

    fn html(&mut self, line: usize, block: &str) {
        self.html_ids(block);
        let mut found: Vec<(usize, What)> = Vec::new();
        for (at, _) in block.match_indices("<figure") {
            let tag = &block[at..block[at..].find('>').map_or(block.len(), |e| at + e)];
            if tag.contains("class=\"listing\"") {
                found.push((at, What::ListingFigure));
            } else if tag.contains("class=\"diagram\"") {
                let id = attribute(tag, "id").unwrap_or_default();
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
            self.figures.push(Item { line, what });
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

fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_string())
}
