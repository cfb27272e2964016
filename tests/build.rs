//! Hands every Markdown file of the book (the README and `src/**/*.md`) to
//! skeptic, which turns each inline Rust code block into a test.
//!
//! Blocks whose body is an mdBook `{{#include ...}}` line are not inline code:
//! they show a file from `listings/`, which `tests/book/listings.rs` checks.
//! skeptic would compile the include line itself, so each file is copied to
//! `OUT_DIR` with those blocks retagged `text`, keeping every line where it
//! was, so that a failing test's name still carries the right line number.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("markdown");
    fs::create_dir_all(&out).unwrap();

    // For the test that feeds skeptic a broken block (tests/book/mistakes.rs).
    println!(
        "cargo:rustc-env=BOOK_TARGET={}",
        std::env::var("TARGET").unwrap()
    );

    let mut sources = vec![root.join("README.md")];
    collect_markdown(&root.join("src"), &mut sources);
    println!("cargo:rerun-if-changed=src");

    let mut copies = Vec::new();
    for source in &sources {
        println!("cargo:rerun-if-changed={}", source.display());
        let Ok(text) = fs::read_to_string(source) else {
            continue;
        };
        // src/ownership/moves.md -> src__ownership__moves.md: one test-name
        // prefix per file, even where two chapters both have an index.md.
        let relative = source.strip_prefix(&root).unwrap();
        let flat = relative.to_string_lossy().replace(['/', '\\'], "__");
        let copy = out.join(flat);
        write_if_changed(&copy, &retag_include_blocks(&text));
        copies.push(copy);
    }
    skeptic::generate_doc_tests(&copies);
}

fn collect_markdown(dir: &Path, into: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect_markdown(&path, into);
        } else if path.extension().is_some_and(|e| e == "md") {
            into.push(path);
        }
    }
}

/// Rewrites the info string of every fence whose first line is an mdBook
/// include to `text`. The lints (tests/book/lints.rs) make sure such a block
/// holds nothing but that one line.
fn retag_include_blocks(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut result = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let is_fence = line.trim_start().starts_with("```");
        let next_is_include = lines
            .get(i + 1)
            .is_some_and(|next| next.trim_start().starts_with("{{#include"));
        if is_fence && next_is_include {
            let indent = &line[..line.len() - line.trim_start().len()];
            result.push(format!("{indent}```text"));
        } else {
            result.push((*line).to_string());
        }
    }
    let mut joined = result.join("\n");
    joined.push('\n');
    joined
}

/// Keeps the copy's modification time when nothing changed, so that cargo
/// does not rerun this script (and rebuild the tests) on every `cargo test`.
fn write_if_changed(path: &Path, contents: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    fs::write(path, contents).unwrap();
}
