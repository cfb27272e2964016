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

/// The book, built once for the tests of this binary that read it.
fn built_book() -> &'static Path {
    static BOOK: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BOOK.get_or_init(|| {
        let (out, result) = build_into("book", &xtask::root());
        result.expect("the book should build");
        out
    })
}

#[test]
fn the_book_builds_and_renders_every_listing_and_diagram() {
    let out = built_book().to_path_buf();

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

/// Every Rust listing's figure ends with a plain link that opens its whole
/// source (less its `ANCHOR` lines, with a module it declares by `#[path]`
/// written inline, and then still building) in the Playground, stable,
/// edition 2024; no other listing has one.
#[test]
fn every_rust_listing_links_to_the_playground_with_its_whole_source() {
    let root = xtask::root();
    let out = built_book();
    let mut sources = std::collections::BTreeSet::new();
    for entry in walkdir::WalkDir::new(root.join("listings")).into_iter().flatten() {
        if entry.path().extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(entry.path()).unwrap();
            let code: String = text
                .lines()
                .filter(|l| !l.contains("ANCHOR:") && !l.contains("ANCHOR_END:"))
                .map(|l| format!("{l}\n"))
                .collect();
            sources.insert(code);
        }
    }
    const PREFIX: &str = "https://play.rust-lang.org/?version=stable&amp;mode=debug&amp;edition=2024&amp;code=";
    let (mut links, mut rust_figures) = (0, 0);
    let mut inlined = Vec::new();
    for page in xtask::pages::html_files(&out) {
        if page.ends_with("print.html") {
            continue;
        }
        let html = fs::read_to_string(&page).unwrap();
        let shown = page.strip_prefix(&out).unwrap().display().to_string();
        for figure in html.split("<figure class=\"listing\"").skip(1) {
            let figure = figure.split("</figure>").next().unwrap();
            let rust = ["runs", "fails", "panics", "aborts", "ub"]
                .iter()
                .any(|k| figure.contains(&format!("<span class=\"badge {k}\">")));
            let link = figure.split("<p class=\"open-in-playground\"><a href=\"").nth(1);
            match (rust, link) {
                (true, Some(link)) => {
                    rust_figures += 1;
                    links += 1;
                    let url = link.split('"').next().unwrap();
                    assert!(url.starts_with(PREFIX), "{shown}: {url}");
                    let code = percent_encoding::percent_decode_str(&url[PREFIX.len()..])
                        .decode_utf8()
                        .unwrap();
                    if !sources.contains(code.as_ref()) {
                        // A listing that declares a module with `#[path]` gets
                        // the module written inline: one file that must still
                        // build as the listing does.
                        assert!(
                            code.contains("mod executor {") && !code.contains("#[path"),
                            "{shown}: the Playground gets no listing's source:\n{code}"
                        );
                        inlined.push((shown.clone(), figure.contains("badge runs"), code.into_owned()));
                    }
                    assert!(figure.contains("target=\"_blank\" rel=\"noopener\""), "{shown}");
                }
                (true, None) => panic!("{shown}: a Rust listing without its Playground link"),
                (false, Some(_)) => panic!("{shown}: a listing in another language with a Playground link"),
                (false, None) => {}
            }
        }
    }
    assert!(rust_figures > 200 && links == rust_figures, "{links} links, {rust_figures} Rust listings");
    assert!(!inlined.is_empty(), "no listing's Playground source has its module inline");
    // A source that built is recorded, keyed on its text and the compiler,
    // and not built again, as cargo does for a crate that built.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("playground");
    fs::create_dir_all(&dir).unwrap();
    let rustc = std::process::Command::new("rustc").arg("-vV").output().unwrap().stdout;
    for (i, (shown, runs, code)) in inlined.iter().enumerate() {
        if !runs {
            continue;
        }
        let record = {
            use std::hash::{Hash, Hasher};
            let mut hasher = std::hash::DefaultHasher::new();
            (code, &rustc).hash(&mut hasher);
            dir.join(format!("{:016x}.built", hasher.finish()))
        };
        if record.exists() {
            continue;
        }
        let file = dir.join(format!("inlined{i}.rs"));
        fs::write(&file, code).unwrap();
        let out = std::process::Command::new("rustc")
            .args(["--edition", "2024", "--emit=metadata", "-D", "warnings", "--crate-name", "inlined", "-o"])
            .arg(dir.join(format!("inlined{i}.rmeta")))
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{shown}: the Playground's one-file source does not build:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        fs::write(&record, "").unwrap();
    }
}
