//! Section 4: what a reader downloads, ours beside a stock setup: headless
//! Chromium loads each page from the book's own server (`xtask::serve`),
//! which notes every file it sends; without Chromium, a static count.

use super::stock::build_stock;
use super::table::{Table, group};
use anyhow::{Context, Result, bail};
use std::fs;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;
use wait_timeout::ChildExt;

/// Returns how the bytes were counted.
pub fn bytes(root: &Path, bench: &Path, html: &Path, table: &mut Table) -> Result<&'static str> {
    eprintln!("bench: bytes a reader downloads");
    let stock = bench.join("stock");
    build_stock(root, &stock)?;
    let stock_html = stock.join("book");
    let diagrams = Some(xtask::pages::page_with_most_diagrams(html)).filter(|(_, n)| *n > 0);
    let browser = xtask::chromium::find_chromium().ok();
    let method = if browser.is_some() {
        "headless Chromium loads the page from a local server that counts the bytes it sends"
    } else {
        "no Chromium found, so a static count: the page, what its HTML and CSS reference \
         (every font the CSS declares) and mermaid.min.js where our loader fetches it"
    };
    let measure = |dir: &Path, page: &str, whole: bool| match &browser {
        Some(browser) => browser_transfer(browser, dir, page, whole),
        None => static_transfer(dir, page),
    };
    table.section("What a reader downloads (bytes)");
    let mut pages = vec![(
        "the introduction",
        "introduction.html".to_string(),
        0,
        false,
    )];
    if let Some((page, count)) = diagrams {
        pages.push(("the page with most diagrams", page.clone(), count, false));
        if browser.is_some() {
            pages.push((
                "the same, read to the end (every diagram in view)",
                page,
                count,
                true,
            ));
        }
    }
    for (what, page, count, whole) in &pages {
        let ours = measure(html, page, *whole)?;
        let theirs = measure(&stock_html, page, *whole)?;
        let count = if *count > 0 {
            format!(", {count} diagrams")
        } else {
            String::new()
        };
        table.row(
            &format!("{what}: `{page}`{count}"),
            format!("{} B", group(ours.bytes)),
            &format!(
                "stock mdBook + mdbook-mermaid: {} B; ours/stock: {:.2}{}; \
                 gzipped: {} B vs {} B, ours/stock {:.2}; {} requests vs {}",
                group(theirs.bytes),
                ours.bytes as f64 / theirs.bytes as f64,
                if page == "introduction.html" {
                    " (target: at most 0.20)"
                } else {
                    ""
                },
                group(ours.gzipped),
                group(theirs.gzipped),
                ours.gzipped as f64 / theirs.gzipped as f64,
                ours.requests,
                theirs.requests
            ),
        );
    }
    Ok(method)
}

struct Transfer {
    /// The files as they are.
    bytes: u64,
    /// The same with gzip (default level) on compressible types, as
    /// `cargo xtask serve` and most web servers send them.
    gzipped: u64,
    requests: usize,
}

/// What a server that gzips text (ours: `xtask::serve`) would send for `file`.
fn gzipped_size(file: &Path, bytes: &[u8]) -> u64 {
    if xtask::serve::compressible(xtask::serve::content_type(file)) {
        xtask::serve::gzipped(bytes).len() as u64
    } else {
        bytes.len() as u64
    }
}

/// How long Chromium may take to load a page and run its scripts.
const BROWSER_TIME_LIMIT: Duration = Duration::from_secs(40);

/// Serves `book` on a local port, counting the bytes of every file sent,
/// while headless Chromium (fresh profile, so no cache) loads `page`, runs
/// its scripts and fetches the fonts its text uses, up to the load event.
/// With `whole`, the window is tall enough to show the whole page at once,
/// as if the reader had scrolled through it: what loads only when it comes
/// into view loads too.
fn browser_transfer(browser: &Path, book: &Path, page: &str, whole: bool) -> Result<Transfer> {
    let server = xtask::serve::Local::start_without_cache_headers(book)?;
    let profile = std::env::temp_dir().join(format!("bench-chromium-{}", std::process::id()));
    let _ = fs::remove_dir_all(&profile);
    let child = xtask::chromium::headless(browser, &profile)
        .arg("--dump-dom")
        // Read to the end: the tall window shows every diagram, and the
        // virtual time budget lets what loads on coming into view load
        // after the load event.
        .args(if whole {
            &["--window-size=1280,60000", "--virtual-time-budget=10000"][..]
        } else {
            &["--window-size=1280,800"][..]
        })
        .arg(format!("{}{page}", server.base()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("cannot run {}", browser.display()));
    // `--dump-dom` returns after the load event, which waits for the
    // scripts and fonts the page starts loading; a page that hangs is
    // stopped here, and what it loaded until then is counted.
    let status = child.and_then(|mut child| {
        let status = child.wait_timeout(BROWSER_TIME_LIMIT)?;
        if status.is_none() {
            let _ = child.kill();
            let _ = child.wait();
        }
        Ok(status)
    });
    let sent = server.sent();
    drop(server);
    let _ = fs::remove_dir_all(&profile);
    match status? {
        Some(status) if !status.success() => bail!("{} failed on {page}", browser.display()),
        Some(_) => {}
        None => eprintln!(
            "bench: Chromium still running {BROWSER_TIME_LIMIT:?} after loading {page}: stopped"
        ),
    }
    let mut transfer = Transfer {
        bytes: 0,
        gzipped: 0,
        requests: sent.len(),
    };
    for (path, file) in &sent {
        let content = fs::read(file).with_context(|| file.display().to_string())?;
        if std::env::var_os("BENCH_VERBOSE").is_some() {
            eprintln!("bench:   {page}: {path} {}", content.len());
        }
        transfer.bytes += content.len() as u64;
        transfer.gzipped += gzipped_size(file, &content);
    }
    Ok(transfer)
}

/// Without a browser: the page, every script, stylesheet, icon and image
/// its HTML names, every `url()` in those stylesheets (all declared fonts:
/// more than a browser fetches), and mermaid.min.js where the page has a
/// diagram and our loader would fetch it.
fn static_transfer(book: &Path, page: &str) -> Result<Transfer> {
    let page_path = book.join(page);
    let html = fs::read_to_string(&page_path).context(page.to_string())?;
    let dir = page_path.parent().unwrap();
    let mut files = std::collections::BTreeSet::new();
    files.insert(page_path.clone());
    for (tag, attr) in [("<script", "src"), ("<link", "href"), ("<img", "src")] {
        for chunk in html.split(tag).skip(1) {
            let element = &chunk[..chunk.find('>').unwrap_or(chunk.len())];
            if tag == "<link" && !(element.contains("stylesheet") || element.contains("icon")) {
                continue;
            }
            if let Some(url) = attribute(element, attr) {
                files.insert(dir.join(url));
            }
        }
    }
    if html.contains("<pre class=\"mermaid\"")
        && files
            .iter()
            .any(|f| f.to_string_lossy().contains("mermaid-loader"))
    {
        files.insert(book.join("assets/mermaid.min.js"));
    }
    for css in files.clone() {
        if css.extension().is_some_and(|e| e == "css") {
            let text = fs::read_to_string(&css).unwrap_or_default();
            for chunk in text.split("url(").skip(1) {
                let url = chunk[..chunk.find(')').unwrap_or(0)].trim_matches(['"', '\'', ' ']);
                if !url.starts_with("data:") && !url.is_empty() {
                    files.insert(css.parent().unwrap().join(url));
                }
            }
        }
    }
    let mut bytes = 0;
    let mut gzipped = 0;
    for file in &files {
        let content = fs::read(file).unwrap_or_default();
        bytes += content.len() as u64;
        gzipped += gzipped_size(file, &content);
    }
    Ok(Transfer {
        bytes,
        gzipped,
        requests: files.len(),
    })
}

fn attribute<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let start = element.find(&format!("{name}=\""))? + name.len() + 2;
    let end = element[start..].find('"')? + start;
    Some(&element[start..end])
}
