//! Every page of the offline export, in Chromium: nothing fetched from
//! outside the export, a clean console, every diagram drawn, and every
//! link into the book resolving to a page and an id. A page whose bytes
//! (and whatever every page loads) are unchanged since it was last driven
//! clean is not driven again: its report is read back (`verdict::page_key`).
//! A problem names the Markdown source where there is one: a diagram that
//! Mermaid cannot draw is reported at its figure's line in `src/`.

use crate::driver::{Session, console_problems, diagrams_drawn, open, open_at};
use crate::verdict::{Verdict, page_key, verdicts_dir};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every HTML page of the export, as paths relative to it. 404.html is left
/// out: it is for a web server (its links are absolute from the site root).
fn pages(dir: &Path) -> Vec<String> {
    let mut all: Vec<String> = xtask::pages::html_files(dir)
        .iter()
        .map(|path| path.strip_prefix(dir).unwrap().to_string_lossy().into_owned())
        .collect();
    all.retain(|p| p != "404.html");
    all.sort();
    all
}

#[tokio::test(flavor = "current_thread")]
async fn no_page_reaches_the_network_warns_in_the_console_breaks_a_diagram_or_links_nowhere() {
    // Sources, binary and programs as when it last passed: nothing to build.
    let Some(sources) = Verdict::pending("pages-sources") else {
        return;
    };
    let dir = crate::export();
    let stale = pages(dir).iter().any(|p| !report_file(dir, p).is_file());
    // Chromium starts only when some page must be driven again.
    let client = if stale { Some(open().await) } else { None };
    let (problems, pages, diagrams, internal) = check(client.as_ref(), dir, &xtask::root()).await;
    if let Some(client) = client {
        client.close().await;
    }
    assert!(pages > 10, "only {pages} pages in the export");
    assert!(diagrams > 0, "no Mermaid diagram on any page");
    assert!(internal > 100, "only {internal} internal links found");
    assert!(
        problems.is_empty(),
        "{} problems in {pages} pages of the offline export:\n{}",
        problems.len(),
        problems.join("\n")
    );
    sources.passed();
}

/// A Mermaid syntax error is reported at the figure's line of the Markdown
/// page, not at the rendered page.
#[tokio::test(flavor = "current_thread")]
async fn a_diagram_with_a_syntax_error_names_its_markdown_file_line_and_figure() {
    // The broken book is this binary's text plus the real theme and assets.
    let Some(sources) = Verdict::pending("broken-diagram-sources") else {
        return;
    };
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("broken-diagram");
    let _ = std::fs::remove_dir_all(&root);
    let real = xtask::root();
    for dir in ["theme", "src/assets"] {
        for entry in walkdir::WalkDir::new(real.join(dir)).into_iter().flatten() {
            let to = root.join(entry.path().strip_prefix(&real).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).unwrap();
            } else {
                std::fs::copy(entry.path(), &to).unwrap();
            }
        }
    }
    std::fs::copy(real.join("book.toml"), root.join("book.toml")).unwrap();
    std::fs::create_dir_all(root.join("listings")).unwrap();
    std::fs::write(root.join("src/SUMMARY.md"), "# Summary\n\n- [Demo](demo/index.md)\n").unwrap();
    std::fs::create_dir_all(root.join("src/demo")).unwrap();
    std::fs::write(
        root.join("src/demo/index.md"),
        "# Demo\n\nA box.\n\n<figure class=\"diagram\" id=\"figure-1-1\">\n\n```mermaid\n\
         flowchart LR\n  accTitle: Boxes\n  accDescr: Two boxes.\n  a --> b -->\n```\n\n\
         <figcaption>Figure 1-1: Boxes</figcaption>\n</figure>\n",
    )
    .unwrap();
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("broken-diagram-export");
    let dir = xtask::export::export(&root, &out).expect("the broken book exports");
    let dir: &'static Path = Box::leak(dir.into_boxed_path());
    let Some(verdict) = Verdict::pending_on("broken-diagram", dir, &["demo/index.html"]) else {
        sources.passed();
        return;
    };
    let client = open_at(dir).await;
    let (problems, ..) = check(Some(&client), dir, &root).await;
    client.close().await;
    assert!(
        problems.iter().any(|p| p.starts_with(
            "src/demo/index.md:5: Figure 1-1 (figure-1-1): Mermaid could not draw it"
        )),
        "{problems:#?}"
    );
    verdict.passed();
    sources.passed();
}

/// Where the clean report of `page` of the export `dir` is kept.
fn report_file(dir: &Path, page: &str) -> std::path::PathBuf {
    verdicts_dir().join("pages").join(page_key(dir, page))
}

/// Drives every page of the session's export (or reads its clean report
/// back), then checks every link against every page's ids. `root` is the
/// book whose `src/` the problems name.
async fn check(client: Option<&Session>, dir: &Path, root: &Path) -> (Vec<String>, usize, u64, usize) {
    let pages = pages(dir);
    let mut problems = Vec::new();
    let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut links: Vec<(String, String)> = Vec::new();
    let mut diagrams = 0;
    std::fs::create_dir_all(verdicts_dir().join("pages")).unwrap();
    for page in &pages {
        let cached = report_file(dir, page);
        let report: Value = match std::fs::read(&cached) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap(),
            Err(_) => {
                let client = client.expect("a session for the pages to drive");
                let report = drive(client, &client.base, page, root).await;
                if report["problems"].as_array().unwrap().is_empty() {
                    std::fs::write(&cached, report.to_string()).unwrap();
                }
                report
            }
        };
        let strings = |key: &str| {
            report[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        };
        problems.extend(strings("problems"));
        diagrams += report["diagrams"].as_u64().unwrap();
        ids.insert(page.clone(), strings("ids").into_iter().collect());
        links.extend(strings("links").into_iter().map(|l| (page.clone(), l)));
    }

    // Every link into the book names a page that exists and, after `#`, an
    // id on that page. Links are kept relative to the export.
    let mut internal = 0;
    for (page, link) in &links {
        let Some(rest) = link.strip_prefix("./") else {
            continue; // https://, mailto:, javascript:
        };
        internal += 1;
        let (target, anchor) = rest.split_once('#').unwrap_or((rest, ""));
        let target = target.split('?').next().unwrap();
        let target = if target.is_empty() || target.ends_with('/') {
            format!("{target}index.html")
        } else {
            target.to_string()
        };
        let anchor = percent_decode(anchor);
        match ids.get(&target) {
            None if dir.join(&target).is_file() => {}
            None => problems.push(format!("{page}: link {link}: no such file in the export")),
            Some(_) if anchor.is_empty() => {}
            Some(page_ids) if page_ids.contains(&anchor) => {}
            Some(_) => problems.push(format!("{page}: link {link}: {target} has no id `{anchor}`")),
        }
    }
    (problems, pages.len(), diagrams, internal)
}

/// One page in Chromium: its problems, diagrams drawn, ids and links.
async fn drive(client: &Session, base: &str, page: &str, root: &Path) -> Value {
    let mut problems = Vec::new();
    client.goto(&format!("{base}/{page}")).await.unwrap();
    let mut diagrams = 0;
    // print.html holds every diagram again, each of which is drawn (and
    // checked) on its own page; the PDF test reads a label of every one of
    // them in the PDF printed from print.html. Here print.html is checked
    // for what is its own: requests, console, links and ids.
    if page != "print.html" {
        match diagrams_drawn(client).await {
            Ok(n) => diagrams = n,
            Err(e) => problems.push(format!("{page}: {e}")),
        }
    }
    let seen = client
        .execute(include_str!("js/page_inventory.js"), vec![])
        .await
        .unwrap();
    for request in seen["requests"].as_array().unwrap() {
        let request = request.as_str().unwrap();
        if !request.starts_with(&format!("{base}/")) {
            problems.push(format!("{page}: requested {request}, outside the export"));
        }
    }
    for error in seen["errors"].as_array().unwrap() {
        let figure = error["figure"].as_str().unwrap();
        problems.push(format!(
            "{}: Mermaid could not draw it (on {page}): {}",
            source_of(root, page, figure),
            error["text"].as_str().unwrap()
        ));
    }
    for message in console_problems(client).await {
        problems.push(format!("{page}: console {message}"));
    }
    let links: Vec<String> = seen["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let l = l.as_str().unwrap();
            l.strip_prefix(&format!("{base}/")).map_or(l.to_string(), |r| format!("./{r}"))
        })
        .collect();
    json!({ "problems": problems, "diagrams": diagrams, "ids": seen["ids"], "links": links })
}

/// `src/<page>.md:LINE: Figure C-N (figure-C-N)` for a diagram's figure on
/// a rendered page (the line of its `id="..."`); print.html's figures are
/// looked for in every page.
fn source_of(root: &Path, page: &str, figure: &str) -> String {
    let number = figure.strip_prefix("figure-").unwrap_or(figure);
    let named = format!("Figure {number} ({figure})");
    let mut candidates = vec![root.join("src").join(page.replace(".html", ".md"))];
    candidates.extend(
        walkdir::WalkDir::new(root.join("src"))
            .sort_by_file_name()
            .into_iter()
            .flatten()
            .map(|e| e.into_path())
            .filter(|p| p.extension().is_some_and(|e| e == "md")),
    );
    for file in candidates {
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        if let Some(line) = text.lines().position(|l| l.contains(&format!("id=\"{figure}\""))) {
            let shown = file.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            return format!("{shown}:{}: {named}", line + 1);
        }
    }
    format!("{page}: {named}")
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
