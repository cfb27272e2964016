//! `cargo xtask audit`: Lighthouse 12 and axe-core on the introduction and
//! on the page with the most diagrams, served from 127.0.0.1.
//!
//! Both tools come from the npm registry through `npx` (Node and npm are
//! needed) and drive the system Chromium and ChromeDriver
//! (`apt-get install -y chromium chromium-driver`). Lighthouse's reports are
//! written to `target/audit/`. The command fails when a page misses a target.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The versions the audit runs, so that anyone reruns the same tools.
const LIGHTHOUSE: &str = "lighthouse@12";
const AXE: &str = "@axe-core/cli@4";

/// What a page must reach (Lighthouse scores are 0-100).
const TARGETS: [(&str, f64); 4] = [
    ("performance", 95.0),
    ("accessibility", 100.0),
    ("best-practices", 100.0),
    ("seo", 95.0),
];

/// A page without diagrams must transfer less than this.
const PLAIN_PAGE_BUDGET: f64 = 600.0 * 1024.0;

/// The built page (a path under the book) with the most Mermaid diagrams,
/// and how many it has; print.html does not count.
pub fn page_with_most_diagrams(book: &Path) -> (String, usize) {
    fn walk(dir: &Path, book: &Path, best: &mut (String, usize)) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, book, best);
            } else if path.extension().is_some_and(|e| e == "html") {
                let rel = path
                    .strip_prefix(book)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                if rel == "print.html" {
                    continue;
                }
                let html = std::fs::read_to_string(&path).unwrap_or_default();
                let n = html.matches("<pre class=\"mermaid\">").count();
                if n > best.1 || (n == best.1 && n > 0 && rel < best.0) {
                    *best = (rel, n);
                }
            }
        }
    }
    let mut best = (String::new(), 0);
    walk(book, book, &mut best);
    best
}

fn require(program: &str, hint: &str) -> Result<PathBuf, String> {
    crate::pdf::find_on_path(program).ok_or_else(|| format!("`{program}` was not found: {hint}"))
}

pub fn audit(root: &Path) -> Result<(), String> {
    let chromium = crate::pdf::find_chromium()?;
    let chromedriver = require(
        "chromedriver",
        "install it with `sudo apt-get install -y chromium-driver`",
    )?;
    require("npx", "install Node.js and npm")?;

    let work = root.join("target/audit");
    let book = work.join("book");
    if book.exists() {
        std::fs::remove_dir_all(&book).map_err(|e| e.to_string())?;
    }
    crate::build_book(root, &book)?;
    let base = crate::serve::spawn(&book)?;
    let (diagram_page, count) = page_with_most_diagrams(&book);
    let pages = [
        ("introduction", "introduction.html".to_string(), 0),
        ("diagrams", diagram_page, count),
    ];

    let mut misses = Vec::new();
    println!(
        "{:<40} {:>5} {:>5} {:>5} {:>5} {:>9} axe",
        "page", "perf", "a11y", "bp", "seo", "KB"
    );
    for (name, page, diagrams) in &pages {
        let url = format!("{base}{page}");
        let report = work.join(format!("lighthouse-{name}.json"));
        // Headless Chromium on a busy machine sometimes reports that the
        // page never painted (NO_FCP); that is a failed measurement, not a
        // result, so it is retried.
        let mut attempt = 0;
        loop {
            attempt += 1;
            let status = Command::new("npx")
                .args(["--yes", LIGHTHOUSE, &url])
                .args(["--output=json", "--quiet"])
                .arg(format!("--output-path={}", report.display()))
                .arg("--chrome-flags=--headless --no-sandbox")
                .env("CHROME_PATH", &chromium)
                .status()
                .map_err(|e| format!("cannot run npx: {e}"))?;
            if status.success() {
                break;
            }
            if attempt == 3 {
                return Err(format!("Lighthouse failed 3 times on {url}"));
            }
        }
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&report).map_err(|e| e.to_string())?)
                .map_err(|e| e.to_string())?;
        let score = |category: &str| {
            json["categories"][category]["score"]
                .as_f64()
                .unwrap_or(0.0)
                * 100.0
        };
        let bytes = json["audits"]["total-byte-weight"]["numericValue"]
            .as_f64()
            .unwrap_or(f64::MAX);
        for (category, target) in TARGETS {
            if score(category) < target {
                let failing: Vec<String> = json["categories"][category]["auditRefs"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|r| r["id"].as_str())
                    .filter(|id| {
                        let a = &json["audits"][id];
                        a["score"].as_f64().is_some_and(|s| s < 1.0)
                            && a["scoreDisplayMode"] != "informative"
                            && a["scoreDisplayMode"] != "notApplicable"
                    })
                    .map(String::from)
                    .collect();
                misses.push(format!(
                    "{page}: {category} {:.0} < {target:.0} (audits below full marks: {})",
                    score(category),
                    failing.join(", ")
                ));
            }
        }
        if *diagrams == 0 && bytes >= PLAIN_PAGE_BUDGET {
            misses.push(format!(
                "{page}: {:.0} KB transferred, budget {:.0} KB",
                bytes / 1024.0,
                PLAIN_PAGE_BUDGET / 1024.0
            ));
        }

        let axe = Command::new("npx")
            .args(["--yes", AXE, &url, "--exit"])
            .arg("--chromedriver-path")
            .arg(&chromedriver)
            .args(["--chrome-options", "headless,no-sandbox,disable-gpu"])
            .env("CHROME_PATH", &chromium)
            .env("CHROMEDRIVER_SKIP_DOWNLOAD", "true")
            .output()
            .map_err(|e| format!("cannot run npx: {e}"))?;
        let axe_text = String::from_utf8_lossy(&axe.stdout).into_owned();
        let axe_ok = axe.status.success();
        if !axe_ok {
            misses.push(format!("{page}: axe-core found violations:\n{axe_text}"));
        }
        println!(
            "{:<40} {:>5.0} {:>5.0} {:>5.0} {:>5.0} {:>9.0} {}",
            format!("{page} ({diagrams} diagrams)"),
            score("performance"),
            score("accessibility"),
            score("best-practices"),
            score("seo"),
            bytes / 1024.0,
            if axe_ok { "0 violations" } else { "violations" }
        );
    }
    println!("Lighthouse reports: {}", work.display());
    if misses.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the audit missed its targets:\n{}",
            misses.join("\n")
        ))
    }
}
