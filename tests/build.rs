//! Hands every Markdown file of the book (the README and `src/**/*.md`) to
//! skeptic, which turns each inline Rust code block into a test.
//!
//! Listings are not code blocks in the Markdown: a chapter shows them with
//! `{{#listing ...}}`, a line of text to skeptic, and the harness checks
//! them (`tests/book/runs.rs`, `fails.rs`, `panics.rs`). skeptic names its
//! tests by file stem, so each file is copied to `OUT_DIR` under a name
//! made of its whole path (src/ownership/index.md -> src__ownership__index.md),
//! byte for byte, so that a test's name carries the right line.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("markdown");
    fs::create_dir_all(&out).unwrap();

    // For the test that feeds skeptic a broken block (tests/book/mistakes).
    println!(
        "cargo:rustc-env=BOOK_TARGET={}",
        std::env::var("TARGET").unwrap()
    );

    let mut sources = vec![root.join("README.md")];
    println!("cargo:rerun-if-changed=src");
    for entry in walkdir::WalkDir::new(root.join("src")).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_dir() {
            println!("cargo:rerun-if-changed={}", entry.path().display());
        } else if entry.path().extension().is_some_and(|e| e == "md") {
            sources.push(entry.into_path());
        }
    }

    let mut copies = Vec::new();
    for source in &sources {
        println!("cargo:rerun-if-changed={}", source.display());
        let Ok(text) = fs::read_to_string(source) else {
            continue;
        };
        let relative = source.strip_prefix(&root).unwrap();
        let flat = relative.to_string_lossy().replace(['/', '\\'], "__");
        let copy = out.join(flat);
        write_if_changed(&copy, &text);
        copies.push(copy);
    }
    skeptic::generate_doc_tests(&copies);
}

/// Keeps the copy's modification time when nothing changed, so that cargo
/// does not rerun this script (and rebuild the tests) on every `cargo test`.
fn write_if_changed(path: &Path, contents: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    fs::write(path, contents).unwrap();
}
