//! The book builds with the mdBook and mdbook-mermaid pinned in Cargo.lock,
//! and what it renders is what the Markdown promised.

use std::fs;
use std::path::{Path, PathBuf};

fn build_into(name: &str, book_root: &Path) -> (PathBuf, anyhow::Result<()>) {
    let dest = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dest);
    let result = xtask::build_book(book_root, &dest);
    (dest, result)
}

/// Whether `dir` holds a file named `<prefix><hash><suffix>`.
fn hashed_file(dir: &Path, prefix: &str, suffix: &str) -> bool {
    fs::read_dir(dir).unwrap().any(|e| {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        name.starts_with(prefix) && name.ends_with(suffix)
    })
}

#[test]
fn the_book_builds_and_renders_every_listing_and_diagram() {
    let root = xtask::root();
    let (out, result) = build_into("book", &root);
    result.expect("the book should build");

    let pages = xtask::pages::html_files(&out);
    assert!(pages.len() > 5, "only {} pages", pages.len());
    for page in &pages {
        let html = fs::read_to_string(page).unwrap();
        let shown = page.strip_prefix(&out).unwrap().display();
        assert!(
            !html.contains("{{#"),
            "{shown}: an mdBook directive was not expanded"
        );
        assert!(
            !html.contains("language-mermaid"),
            "{shown}: a diagram was left as a code block"
        );
        assert!(
            !html.contains("ANCHOR"),
            "{shown}: an anchor line leaked into a listing"
        );
    }

    // Every listing's source is on the page that includes it.
    let moves = fs::read_to_string(out.join("ownership/moves.html")).unwrap();
    assert!(
        moves.contains("<pre class=\"mermaid\">"),
        "the moves page has diagrams"
    );
    assert!(moves.contains("error[E0382]"), "the moves page shows E0382");
    // mdBook 0.5 adds a content hash to the names of the files it writes.
    assert!(
        hashed_file(&out, "searchindex-", ".js"),
        "the book has no search index"
    );
    assert!(hashed_file(&out.join("theme"), "mermaid-loader-", ".js"));
    assert!(hashed_file(&out.join("theme"), "book-", ".css"));
    assert!(out.join("assets/mermaid.min.js").is_file());
}

#[test]
fn a_chapter_missing_from_disk_fails_the_build() {
    let book = Path::new(env!("CARGO_TARGET_TMPDIR")).join("missing-chapter-src");
    let _ = fs::remove_dir_all(&book);
    fs::create_dir_all(book.join("src")).unwrap();
    fs::write(
        book.join("book.toml"),
        "[book]\ntitle = \"t\"\n\n[build]\ncreate-missing = false\n",
    )
    .unwrap();
    fs::write(
        book.join("src/SUMMARY.md"),
        "# Summary\n\n- [Gone](gone.md)\n",
    )
    .unwrap();
    let (_, result) = build_into("missing-chapter", &book);
    let error = format!(
        "{:#}",
        result.expect_err("a missing chapter must fail the build")
    );
    assert!(error.contains("gone.md"), "{error}");
    assert!(
        !book.join("src/gone.md").exists(),
        "mdBook must not create it"
    );
}
