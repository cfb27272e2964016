//! The book in a real browser: Debian's Chromium, driven through
//! chromedriver with fantoccini, over the offline export opened from
//! `file://`, and the PDF read back with poppler-utils.
//!
//! These tests need Debian's `chromium`, `chromium-driver`, `poppler-utils`
//! and `qpdf` (`.ci/run` installs them). A missing program is a failure that
//! says how to install it, never a skipped test.
//!
//! Driving Chromium over every page takes tens of seconds, so a test that
//! passed records its verdict in `target/browser-verdicts/` under a key of
//! all its inputs (`inputs_key`): the book's sources, this test binary and
//! the programs. Until one of them changes the test returns at once, as
//! cargo does not rebuild what has not changed; a fresh clone (CI) runs
//! everything, and `rm -r target/browser-verdicts` forces a rerun.

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const INSTALL: &str = "install the browser test tools with `sudo apt-get install -y \
     chromium chromium-driver poppler-utils qpdf` (what .ci/run does)";

/// A program the tests cannot do without.
fn require(program: &str) -> PathBuf {
    xtask::pdf::find_on_path(program)
        .unwrap_or_else(|| panic!("`{program}` was not found on PATH: {INSTALL}"))
}

/// The offline export, built once for all tests of this binary.
fn export() -> &'static Path {
    static EXPORT: OnceLock<PathBuf> = OnceLock::new();
    EXPORT.get_or_init(|| {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
        xtask::export::export(&xtask::root(), &out).expect("the export should build")
    })
}

/// Every HTML page of the export, as paths relative to it. 404.html is left
/// out: it is for a web server (its links are absolute from the site root).
fn pages(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, base: &Path, into: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, base, into);
            } else if path.extension().is_some_and(|e| e == "html") {
                into.push(
                    path.strip_prefix(base)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    let mut all = Vec::new();
    walk(dir, dir, &mut all);
    all.retain(|p| p != "404.html");
    all.sort();
    all
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// The programs these tests drive or read the PDF with.
const PROGRAMS: [&str; 7] = [
    "chromium",
    "chromedriver",
    "pdfinfo",
    "pdftotext",
    "pdffonts",
    "pdftoppm",
    "qpdf",
];

/// A key for everything a browser test's verdict depends on: every byte of
/// the book's sources (book.toml, src/, listings/, theme/), this test
/// binary (its code and the xtask and mdBook code linked into it: size and
/// modification time, as cargo's own fingerprints use), and the programs
/// it drives. Computing it needs those programs: a missing one fails here,
/// with the command that installs it.
fn inputs_key() -> &'static str {
    static KEY: OnceLock<String> = OnceLock::new();
    KEY.get_or_init(|| {
        use std::hash::{DefaultHasher, Hash, Hasher};
        fn files(path: &Path, into: &mut Vec<PathBuf>) {
            if path.is_dir() {
                for entry in std::fs::read_dir(path).unwrap() {
                    files(&entry.unwrap().path(), into);
                }
            } else if path.is_file() {
                into.push(path.to_path_buf());
            }
        }
        let stamp = |path: &Path| {
            let meta = std::fs::metadata(path).unwrap();
            (path.to_path_buf(), meta.len(), meta.modified().unwrap())
        };
        // Two independent 64-bit hashes make a 128-bit key.
        let mut hashers = [DefaultHasher::new(), DefaultHasher::new()];
        hashers[1].write_u8(1);
        let root = xtask::root();
        let mut all = Vec::new();
        for source in xtask::sources(&root) {
            files(&source, &mut all);
        }
        all.sort();
        for file in &all {
            let bytes = std::fs::read(file).unwrap();
            for h in &mut hashers {
                file.strip_prefix(&root).unwrap().hash(h);
                bytes.hash(h);
            }
        }
        let mut stamps = vec![stamp(&std::env::current_exe().unwrap())];
        stamps.extend(PROGRAMS.iter().map(|p| stamp(&require(p))));
        for h in &mut hashers {
            stamps.hash(h);
        }
        format!("{:016x}{:016x}", hashers[0].finish(), hashers[1].finish())
    })
}

/// Where passed verdicts are recorded: `target/browser-verdicts/`.
fn verdict_file(test: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("browser-verdicts")
        .join(format!("{test}-{}", inputs_key()))
}

/// Whether `test` passed before with exactly these inputs. Like cargo, which
/// does not rebuild what has not changed, a test whose inputs are unchanged
/// since it passed is not driven again: its verdict cannot differ.
fn passed_with_these_inputs(test: &str) -> bool {
    verdict_file(test).is_file()
}

/// Records that `test` passed with these inputs (called after its asserts).
fn record_pass(test: &str) {
    let file = verdict_file(test);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(file, "passed\n").unwrap();
}

/// chromedriver on a free port; killed when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_driver() -> Driver {
    let chromedriver = require("chromedriver");
    require("chromium");
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let child = Command::new(chromedriver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver should start");
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not listen on port {port} within 20 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Driver {
        child,
        url: format!("http://127.0.0.1:{port}"),
    }
}

async fn browser(driver: &Driver) -> Client {
    let chromium = xtask::pdf::find_chromium().unwrap_or_else(|e| panic!("{e}"));
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": chromium,
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        },
        "goog:loggingPrefs": { "browser": "ALL" },
    });
    let Value::Object(caps) = caps else {
        unreachable!()
    };
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&driver.url)
        .await
        .expect("a Chromium session through chromedriver")
}

/// chromedriver's browser log (the console), emptied by each read.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

/// Console messages at level WARNING or SEVERE since the last call.
async fn console_problems(client: &Client) -> Vec<String> {
    let log = client.issue_cmd(BrowserLog).await.expect("the browser log");
    log.as_array()
        .into_iter()
        .flatten()
        .filter(|e| matches!(e["level"].as_str(), Some("WARNING" | "SEVERE")))
        .map(|e| format!("{}: {}", e["level"], e["message"].as_str().unwrap_or("")))
        .collect()
}

/// Scrolls to the page's last diagram, then waits until every Mermaid block
/// holds an SVG; returns the number of blocks, or an error after 20 s.
async fn diagrams_drawn(client: &Client) -> Result<u64, String> {
    // Diagrams are drawn once one comes near the screen: scroll to the last.
    client
        .execute(
            "const all = document.querySelectorAll('pre.mermaid');
             if (all.length) { all[all.length - 1].scrollIntoView(); }",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    loop {
        let state = client
            .execute(
                "const pres = document.querySelectorAll('pre.mermaid');
                 const done = [...pres].filter(p => p.querySelector('svg')).length;
                 return [pres.length, done];",
                vec![],
            )
            .await
            .map_err(|e| e.to_string())?;
        let (all, done) = (state[0].as_u64().unwrap(), state[1].as_u64().unwrap());
        if all == done {
            return Ok(all);
        }
        if started.elapsed() > Duration::from_secs(20) {
            return Err(format!("only {done} of {all} Mermaid blocks became SVG"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn every_page_loads_offline_with_a_clean_console_drawn_diagrams_and_links_that_resolve() {
    if passed_with_these_inputs("pages") {
        return;
    }
    let dir = export();
    let driver = start_driver();
    let client = browser(&driver).await;
    let base = file_url(dir);
    let pages = pages(dir);
    let mut problems = Vec::new();
    // For the link check: each page's ids, and each page's links.
    let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut links: Vec<(String, String)> = Vec::new();
    let mut diagrams = 0;

    for page in &pages {
        client.goto(&format!("{base}/{page}")).await.unwrap();
        match diagrams_drawn(&client).await {
            Ok(n) => diagrams += n,
            Err(e) => problems.push(format!("{page}: {e}")),
        }
        let seen = client
            .execute(
                "return {
                   requests: performance.getEntriesByType('resource').map(e => e.name),
                   errors: document.querySelectorAll(
                     'pre.mermaid [aria-roledescription=error], pre.mermaid .error-icon').length
                     + (document.body.innerText.includes('Syntax error in text') ? 1 : 0),
                   links: [...document.querySelectorAll('a[href]')].map(a => a.href),
                   ids: [...document.querySelectorAll('[id]')].map(e => e.id)
                     .concat([...document.querySelectorAll('a[name]')].map(a => a.name)),
                 };",
                vec![],
            )
            .await
            .unwrap();
        for request in seen["requests"].as_array().unwrap() {
            let request = request.as_str().unwrap();
            if !request.starts_with(&format!("{base}/")) {
                problems.push(format!("{page}: requested {request}, outside the export"));
            }
        }
        if seen["errors"].as_u64() != Some(0) {
            problems.push(format!("{page}: Mermaid drew a syntax error"));
        }
        for message in console_problems(&client).await {
            problems.push(format!("{page}: console {message}"));
        }
        ids.insert(
            page.clone(),
            seen["ids"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect(),
        );
        for link in seen["links"].as_array().unwrap() {
            links.push((page.clone(), link.as_str().unwrap().to_string()));
        }
    }
    client.close().await.unwrap();

    // Every link into the book names a page that exists and, after `#`, an
    // id on that page.
    let mut internal = 0;
    for (page, link) in &links {
        let Some(rest) = link.strip_prefix(&format!("{base}/")) else {
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
            Some(_) => problems.push(format!(
                "{page}: link {link}: {target} has no id `{anchor}`"
            )),
        }
    }

    assert!(pages.len() > 10, "only {} pages in the export", pages.len());
    assert!(diagrams > 0, "no Mermaid diagram on any page");
    assert!(internal > 100, "only {internal} internal links found");
    assert!(
        problems.is_empty(),
        "{} problems in {} pages of the offline export:\n{}",
        problems.len(),
        pages.len(),
        problems.join("\n")
    );
    record_pass("pages");
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The numbered chapters of SUMMARY.md: (title, page path as .html).
fn chapters() -> Vec<(String, String)> {
    let summary = std::fs::read_to_string(xtask::root().join("src/SUMMARY.md")).unwrap();
    summary
        .lines()
        .filter_map(|line| line.strip_prefix("- ["))
        .filter_map(|rest| {
            let (title, rest) = rest.split_once("](")?;
            let path = rest.strip_suffix(')')?.replace(".md", ".html");
            Some((title.replace('`', ""), path))
        })
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn search_finds_every_chapter_by_its_title_and_links_to_it() {
    if passed_with_these_inputs("search") {
        return;
    }
    let dir = export();
    let driver = start_driver();
    let client = browser(&driver).await;
    let intro = format!("{}/introduction.html", file_url(dir));
    let chapters = chapters();
    assert!(
        chapters.len() >= 8,
        "SUMMARY.md lists {} chapters",
        chapters.len()
    );
    let mut problems = Vec::new();

    for (title, path) in &chapters {
        client.goto(&intro).await.unwrap();
        client
            .find(Locator::Id("mdbook-search-toggle"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let bar = client
            .wait()
            .for_element(Locator::Id("mdbook-searchbar"))
            .await
            .unwrap();
        bar.send_keys(title).await.unwrap();
        let started = Instant::now();
        let hrefs = loop {
            let hrefs = client
                .execute(
                    "return [...document.querySelectorAll('#mdbook-searchresults a')]
                       .map(a => a.href);",
                    vec![],
                )
                .await
                .unwrap();
            let hrefs: Vec<String> = hrefs
                .as_array()
                .unwrap()
                .iter()
                .map(|h| h.as_str().unwrap().to_string())
                .collect();
            if !hrefs.is_empty() || started.elapsed() > Duration::from_secs(10) {
                break hrefs;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        let wanted = format!("{}/{path}", file_url(dir));
        // A result links to `page.html?highlight=...#section`.
        if !hrefs
            .iter()
            .any(|h| h.split(['?', '#']).next() == Some(wanted.as_str()))
        {
            problems.push(format!(
                "searching for {title:?} gave {} results, none linking to {path}: {:?}",
                hrefs.len(),
                &hrefs[..hrefs.len().min(3)]
            ));
        }
        for message in console_problems(&client).await {
            problems.push(format!("search for {title:?}: console {message}"));
        }
    }
    client.close().await.unwrap();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    record_pass("search");
}

/// For every text label of every diagram: its colour, the colour behind it,
/// and their WCAG contrast ratio, worst first.
const CONTRAST_JS: &str = r#"
const rgb = (s) => {
  const m = /rgba?\(([^)]+)\)/.exec(s || '');
  if (!m) return null;
  const p = m[1].split(',').map(Number);
  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
};
const lum = (c) => {
  const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
};
const ratio = (a, b) => {
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};
const opaque = (c) => c && c.a > 0.5;
const behind = (el) => {
  for (let e = el.parentElement; e; e = e.parentElement) {
    if (e.tagName.toLowerCase() === 'foreignobject') break;
    const bg = rgb(getComputedStyle(e).backgroundColor);
    if (opaque(bg)) return bg;
  }
  const group = el.closest('g.node, g.cluster');
  if (group) {
    const shape = group.querySelector(':scope > rect, :scope > polygon, :scope > path, :scope > circle');
    const fill = shape && rgb(getComputedStyle(shape).fill);
    if (opaque(fill)) return fill;
  }
  for (let e = el.closest('svg'); e; e = e.parentElement) {
    const bg = rgb(getComputedStyle(e).backgroundColor);
    if (opaque(bg)) return bg;
  }
  return { r: 255, g: 255, b: 255, a: 1 };
};
const out = [];
for (const el of document.querySelectorAll('pre.mermaid svg span, pre.mermaid svg text')) {
  if (!el.textContent.trim() || el.querySelector('span')) continue;
  const style = getComputedStyle(el);
  const fg = el.tagName.toLowerCase() === 'text' ? rgb(style.fill) : rgb(style.color);
  if (!fg) continue;
  const bg = behind(el);
  out.push([ratio(fg, bg), el.textContent.trim().slice(0, 40), style.color, `rgb(${bg.r}, ${bg.g}, ${bg.b})`]);
}
out.sort((a, b) => a[0] - b[0]);
return out;
"#;

#[tokio::test(flavor = "current_thread")]
async fn diagram_text_is_readable_in_every_theme() {
    if passed_with_these_inputs("themes") {
        return;
    }
    let dir = export();
    let (page, count) = xtask::audit::page_with_most_diagrams(dir);
    assert!(count > 0, "no page has a diagram");
    let driver = start_driver();
    let client = browser(&driver).await;
    let url = format!("{}/{page}", file_url(dir));
    let mut problems = Vec::new();
    for theme in ["light", "rust", "coal", "navy", "ayu"] {
        client.goto(&url).await.unwrap();
        client
            .execute(
                "localStorage.setItem('mdbook-theme', arguments[0]);",
                vec![json!(theme)],
            )
            .await
            .unwrap();
        client.refresh().await.unwrap();
        let class = client
            .execute("return document.documentElement.className;", vec![])
            .await
            .unwrap();
        assert!(
            class.as_str().unwrap_or("").split(' ').any(|c| c == theme),
            "the {theme} theme did not apply: <html class={class}>"
        );
        if let Err(e) = diagrams_drawn(&client).await {
            problems.push(format!("{theme}: {e}"));
            continue;
        }
        let labels = client.execute(CONTRAST_JS, vec![]).await.unwrap();
        let labels = labels.as_array().unwrap();
        if labels.is_empty() {
            problems.push(format!("{theme}: no diagram text found on {page}"));
        }
        for label in labels.iter().take_while(|l| l[0].as_f64().unwrap() < 4.5) {
            problems.push(format!(
                "{theme}: {:?} has contrast {:.2} ({} on {}), below 4.5",
                label[1],
                label[0].as_f64().unwrap(),
                label[2],
                label[3]
            ));
        }
        for message in console_problems(&client).await {
            problems.push(format!("{theme}: console {message}"));
        }
    }
    client.close().await.unwrap();
    assert!(problems.is_empty(), "on {page}:\n{}", problems.join("\n"));
    record_pass("themes");
}

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
    let mut files = Vec::new();
    fn walk(dir: &Path, into: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, into);
            } else if path.extension().is_some_and(|e| e == "md") {
                into.push(path);
            }
        }
    }
    walk(&xtask::root().join("src"), &mut files);
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
fn the_pdf_has_an_outline_vector_diagrams_embedded_fonts_and_no_raw_mermaid() {
    if passed_with_these_inputs("pdf") {
        return;
    }
    for program in ["pdfinfo", "pdftotext", "pdffonts", "pdftoppm", "qpdf"] {
        require(program);
    }
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pdf");
    let pdf = work.join("book.pdf");
    xtask::pdf::pdf(&xtask::root(), &work, &pdf).unwrap_or_else(|e| panic!("{e}"));
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
    record_pass("pdf");
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

#[tokio::test(flavor = "current_thread")]
async fn the_sidebar_toggle_is_a_button_that_hides_and_shows_the_table_of_contents() {
    if passed_with_these_inputs("sidebar") {
        return;
    }
    let dir = export();
    let driver = start_driver();
    let client = browser(&driver).await;
    client
        .goto(&format!("{}/introduction.html", file_url(dir)))
        .await
        .unwrap();
    let state = async |client: &Client| {
        client
            .execute(
                "const t = document.getElementById('mdbook-sidebar-toggle');
                 return [t.tagName,
                         document.documentElement.classList.contains('sidebar-visible'),
                         t.getAttribute('aria-expanded')];",
                vec![],
            )
            .await
            .unwrap()
    };
    let before = state(&client).await;
    assert_eq!(
        before,
        json!(["BUTTON", true, "true"]),
        "at 1280 px the sidebar starts open"
    );
    let toggle = client
        .find(Locator::Id("mdbook-sidebar-toggle"))
        .await
        .unwrap();
    toggle.click().await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        state(&client).await,
        json!(["BUTTON", false, "false"]),
        "one click closes it"
    );
    toggle.click().await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        state(&client).await,
        json!(["BUTTON", true, "true"]),
        "a second click opens it"
    );
    let console = console_problems(&client).await;
    client.close().await.unwrap();
    assert!(console.is_empty(), "{}", console.join("\n"));
    record_pass("sidebar");
}
