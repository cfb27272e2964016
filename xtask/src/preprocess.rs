//! The `listings` preprocessor: renders `{{#listing}}` and `{{#ref}}` (see
//! `book_model::directive`) before mdBook's own `links` expands the
//! `{{#include}}`s they become. `cargo xtask build` runs it as a library; a
//! stock `mdbook build` runs `cargo xtask preprocess` (book.toml).

use anyhow::{Result, bail};
use book_model::book::{self, Numbering, Page};
use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use std::io::Write;

pub struct Listings;

impl Preprocessor for Listings {
    fn name(&self) -> &str {
        "listings"
    }

    fn run(&self, ctx: &PreprocessorContext, mut book: Book) -> Result<Book> {
        let pages: Vec<Page> = book
            .iter()
            .filter_map(|item| match item {
                BookItem::Chapter(chapter) => Some(Page {
                    rel: chapter.source_path.as_ref()?.to_string_lossy().replace('\\', "/"),
                    chapter: chapter.number.as_ref().and_then(|n| n.first().copied()),
                    text: chapter.content.clone(),
                }),
                _ => None,
            })
            .collect();
        let inventory = book_model::inventory::scan(&ctx.root);
        let (numbering, mut problems) = Numbering::of(&ctx.root, &inventory, &pages);
        let mut rendered = std::collections::HashMap::new();
        for page in &pages {
            match book::render(page, &numbering) {
                Ok(text) => {
                    rendered.insert(page.rel.clone(), text);
                }
                Err(found) => problems.extend(found),
            }
        }
        if !problems.is_empty() {
            problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
            problems.dedup();
            let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            bail!("{}", list.join("\n"));
        }
        book.for_each_chapter_mut(|chapter| {
            if let Some(path) = &chapter.source_path {
                let rel = path.to_string_lossy().replace('\\', "/");
                if let Some(text) = rendered.remove(&rel) {
                    chapter.content = text;
                }
            }
        });
        Ok(book)
    }
}

/// mdBook's preprocessor protocol: `supports <renderer>` answers by exit
/// status; otherwise the book comes as JSON on stdin and goes back on stdout.
pub fn command(args: &[String]) -> Result<()> {
    if args.first().map(String::as_str) == Some("supports") {
        return Ok(());
    }
    if !args.is_empty() {
        bail!("usage: cargo xtask preprocess [supports <renderer>]");
    }
    let (ctx, book) = mdbook_preprocessor::parse_input(std::io::stdin())?;
    let book = Listings.run(&ctx, book)?;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer(&mut out, &book)?;
    out.flush()?;
    Ok(())
}
