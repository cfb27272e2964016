//! The PDF (`cargo xtask pdf`, printed by headless Chromium), read back
//! with poppler-utils and qpdf: a bookmark for every chapter, each starting
//! a page; a label of every diagram as text; no Mermaid source or browser
//! header; every font embedded; the light theme.

use crate::verdict::Verdict;
use crate::{chapters, require};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn run(program: &str, args: &[&str]) -> String {
    let output = Command::new(require(program))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    assert!(
        output.status.success(),
        "{program} {args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// One label of each Mermaid block in the Markdown (the first `["..."]`
/// label free of markup), with the file it comes from.
fn diagram_labels() -> Vec<(String, String)> {
    let mut labels = Vec::new();
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(xtask::root().join("src"))
        .follow_links(true)
        .into_iter()
        .map(|entry| entry.unwrap().into_path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for block in text.split("```mermaid").skip(1) {
            let block = block.split("```").next().unwrap();
            let label = block.split("[\"").skip(1).find_map(|rest| {
                let label = rest.split("\"]").next()?;
                let plain = !label.contains(['#', '<', '&', '*', '`', '\\']);
                (plain && label.chars().filter(|c| c.is_alphanumeric()).count() >= 3)
                    .then(|| label.to_string())
            });
            if let Some(label) = label {
                labels.push((file.display().to_string(), label));
            }
        }
    }
    labels
}

#[test]
fn no_chapter_lacks_a_pdf_bookmark_and_no_diagram_is_missing_raw_or_in_the_wrong_theme() {
    let Some(verdict) = Verdict::pending("pdf") else {
        return;
    };
    for program in ["pdfinfo", "pdftotext", "pdffonts", "pdftoppm", "qpdf"] {
        require(program);
    }
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pdf");
    let pdf = work.join("book.pdf");
    // The export's own pages, printed as `cargo xtask pdf` prints its build.
    xtask::pdf::print(crate::export(), &work, &pdf).unwrap_or_else(|e| panic!("{e:#}"));
    let pdf_arg = pdf.to_str().unwrap();
    let mut problems = Vec::new();

    let info = run("pdfinfo", &[pdf_arg]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo reports the page count");
    let summary_entries = std::fs::read_to_string(xtask::root().join("src/SUMMARY.md"))
        .unwrap()
        .matches("](")
        .count();
    if pages < summary_entries {
        problems.push(format!(
            "{pages} pages for {summary_entries} SUMMARY entries"
        ));
    }

    // The outline: an entry for every chapter, each on a page of its own.
    // (qpdf reads it; poppler's pdftohtml drops entries that have children.)
    let outline: Value =
        serde_json::from_str(&run("qpdf", &["--json", "--json-key=outlines", pdf_arg]))
            .expect("qpdf prints JSON");
    let mut outline_pages = BTreeMap::new();
    for item in outline["outlines"]
        .as_array()
        .expect("the PDF has an outline")
    {
        // Chromium drops the space where a long heading wrapped: compare
        // titles without whitespace.
        let title = squeeze(item["title"].as_str().unwrap_or(""));
        let page = item["destpageposfrom1"].as_u64().unwrap_or(0);
        outline_pages.entry(title).or_insert(page);
    }
    let mut chapter_pages = BTreeSet::new();
    for (title, _) in chapters() {
        match outline_pages.get(&squeeze(&title)) {
            Some(page) => {
                if !chapter_pages.insert(*page) {
                    problems.push(format!(
                        "chapter {title:?} does not start a new page ({page})"
                    ));
                }
            }
            None => problems.push(format!("no top-level outline entry for chapter {title:?}")),
        }
    }

    // The text: no browser header or footer, no Mermaid source, and a label
    // of every diagram (Mermaid's labels are text in the vector drawing).
    let text = run("pdftotext", &[pdf_arg, "-"]);
    for raw in [
        "flowchart LR",
        "flowchart TB",
        "accTitle",
        "accDescr",
        "subgraph",
        "file://",
        // The Playground links are for the screen only.
        "Open in the Playground",
    ] {
        if text.contains(raw) {
            problems.push(format!("the PDF's text contains {raw:?}"));
        }
    }
    let squeezed = squeeze(&text);
    let labels = diagram_labels();
    assert!(!labels.is_empty(), "no diagram labels found in src/");
    for (file, label) in &labels {
        let want = squeeze(label);
        if !squeezed.contains(&want) {
            problems.push(format!(
                "the diagram label {label:?} of {file} is not in the PDF"
            ));
        }
    }

    // The questions: in place, without their on-screen answers, which are
    // collected at the end of each chapter that asks any.
    for screen_only in ["Check my answer", "Show the answer to question"] {
        if text.contains(screen_only) {
            problems.push(format!("the PDF's text contains {screen_only:?}"));
        }
    }
    for (chapter, count) in question_counts() {
        let title = squeeze(&format!("Answers to the questions of chapter {chapter}"));
        let Some(answers) = squeezed.find(&title) else {
            problems.push(format!("no answers section for the {count} questions of chapter {chapter}"));
            continue;
        };
        for n in 1..=count {
            let question = squeeze(&format!("Question {chapter}-{n}"));
            match squeezed.find(&question) {
                Some(at) if at < answers => {}
                _ => problems.push(format!("Question {chapter}-{n} is not in the PDF before its chapter's answers")),
            }
            let answer = squeeze(&format!("Question {chapter}-{n}:"));
            if !squeezed[answers..].contains(&answer) {
                problems.push(format!("the answers of chapter {chapter} lack Question {chapter}-{n}"));
            }
        }
    }

    for line in run("pdffonts", &[pdf_arg]).lines().skip(2) {
        // name type encoding emb sub uni object ID: `emb` is the 4th from the end.
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.len() >= 7 && fields[fields.len() - 5] != "yes" {
            problems.push(format!("font not embedded: {line}"));
        }
    }

    // The light theme: the first page is mostly white.
    let gray = Command::new(require("pdftoppm"))
        .args(["-r", "20", "-gray", "-f", "1", "-l", "1", pdf_arg])
        .output()
        .unwrap()
        .stdout;
    let pixels = pgm_pixels(&gray);
    let mean = pixels.iter().map(|&p| p as f64).sum::<f64>() / pixels.len() as f64;
    if mean < 200.0 {
        problems.push(format!(
            "page 1 has mean gray {mean:.0}: not the light theme"
        ));
    }

    assert!(
        problems.is_empty(),
        "{} ({pages} pages):\n{}",
        pdf.display(),
        problems.join("\n")
    );
    verdict.passed();
}

/// How many questions each chapter asks, as the book's model numbers them.
fn question_counts() -> BTreeMap<u32, usize> {
    let root = xtask::root();
    let inventory = book_model::inventory::scan(&root);
    let pages: Vec<book_model::book::Page> = book_model::book::summary(&root)
        .expect("SUMMARY.md parses")
        .into_iter()
        .filter_map(|entry| {
            let rel = entry.rel?;
            let text = std::fs::read_to_string(root.join("src").join(&rel)).ok()?;
            Some(book_model::book::Page { rel, chapter: entry.chapter, text })
        })
        .collect();
    let (numbering, _) = book_model::book::Numbering::of(&root, &inventory, &pages);
    let mut counts = BTreeMap::new();
    for q in &numbering.questions {
        *counts.entry(q.chapter).or_insert(0) += 1;
    }
    assert!(counts.values().sum::<usize>() >= 60, "the book asks {counts:?} questions");
    counts
}

/// `s` without its whitespace.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}

/// The pixels of a binary PGM (P5) image.
fn pgm_pixels(pgm: &[u8]) -> &[u8] {
    // Header: "P5", width, height, maxval, each followed by whitespace.
    let mut fields = 0;
    let mut i = 0;
    while fields < 4 {
        while pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        while !pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        fields += 1;
    }
    &pgm[i + 1..]
}
