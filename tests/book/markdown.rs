//! Rust code blocks written in the Markdown itself (inline ```rust blocks
//! in the chapters and the README): each is a program of the batch in
//! `programs`, compiled warning-free as edition 2024 like the listings, and
//! run (```rust,no_run: compiled only); it must exit 0. Each block's file
//! starts with as many empty lines as the page has above the block, so the
//! compiler's messages, renamed to the page, point at the page's own lines.

use crate::programs::{self, Program, describe};
use book_model::{Problem, Report};
use mdbook_markdown::pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};
use mdbook_markdown::{MarkdownOptions, new_cmark_parser};
use std::path::Path;
use walkdir::WalkDir;

/// The Rust blocks of the README and of every page under src/, written as
/// programs into `dir` (the `markdown/` folder of the batch's crate).
pub fn programs(root: &Path, dir: &Path) -> Vec<Program> {
    let mut files = vec![root.join("README.md")];
    let walk = WalkDir::new(root.join("src")).sort_by_file_name();
    files.extend(
        walk.into_iter()
            .filter_map(Result::ok)
            .map(|e| e.into_path())
            .filter(|p| p.extension().is_some_and(|e| e == "md")),
    );
    let mut programs = Vec::new();
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        let shown = file.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        for (line, no_run, body) in rust_blocks(&text) {
            let flat = shown.replace(['/', '.'], "_");
            let name = format!("markdown__{flat}__{line}");
            let path = dir.join(format!("{name}.rs"));
            std::fs::create_dir_all(dir).unwrap();
            programs::write_if_changed(&path, &format!("{}{body}", "\n".repeat(line)));
            programs.push(Program {
                name: name.clone(),
                shown: shown.clone(),
                run: !no_run,
                // Under the crate's folder cargo shows the path from there.
                rename: vec![
                    (path.display().to_string(), shown.clone()),
                    (format!("markdown/{name}.rs"), shown.clone()),
                ],
                path,
            });
        }
    }
    programs
}

/// `(line of the fence, no_run, body)` of each ```rust block.
fn rust_blocks(text: &str) -> Vec<(usize, bool, String)> {
    let line_of = |offset: usize| text[..offset].matches('\n').count() + 1;
    let mut blocks = Vec::new();
    let mut open: Option<(usize, bool, String)> = None;
    let parser = new_cmark_parser(text, &MarkdownOptions::default());
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let mut words = info.split(',').map(str::trim);
                if words.next() == Some("rust") {
                    let no_run = words.any(|w| w == "no_run");
                    open = Some((line_of(range.start), no_run, String::new()));
                }
            }
            Event::Text(t) if open.is_some() => open.as_mut().unwrap().2.push_str(&t),
            Event::End(TagEnd::CodeBlock) => blocks.extend(open.take()),
            _ => {}
        }
    }
    blocks
}

/// Every block of the batch's Markdown programs compiled (and ran, exit 0).
pub fn check(batch: &programs::Batch) -> Report {
    let mut report = Report::default();
    let mut names: Vec<&String> = batch.runs.keys().filter(|n| n.starts_with("markdown__")).collect();
    names.sort();
    for name in names {
        report.checked += 1;
        match &batch.runs[name] {
            Err(problem) => report.push(problem.clone()),
            Ok(Some(run)) if run.code != Some(0) => {
                let line = name.rsplit("__").next().and_then(|l| l.parse().ok()).unwrap_or(1);
                report.push(Problem::at(
                    &batch.shown[name],
                    line,
                    format!(
                        "this Rust block exited with {} instead of 0:\n{}",
                        describe(run.code),
                        run.stderr
                    ),
                ));
            }
            Ok(_) => {}
        }
    }
    report
}

#[test]
fn rust_blocks_in_the_markdown_compile_and_run() {
    check(programs::of_book()).assert_ok("the Rust blocks of the Markdown");
}
