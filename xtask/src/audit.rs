//! `cargo xtask audit`: Lighthouse 12 and axe-core on the introduction, on
//! the page with the most diagrams and on the page with the most questions,
//! served from 127.0.0.1.
//!
//! Both tools come from the npm registry through `npx` (Node and npm are
//! needed) and drive the system Chromium and ChromeDriver
//! (`apt-get install -y chromium chromium-driver`). Lighthouse's reports are
//! written to `target/audit/`. The command fails when a page misses a target.

use crate::chromium::{HEADLESS_FLAGS, find_chromium, find_on_path};
use anyhow::{Context, Result, bail};
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

fn require(program: &str, hint: &str) -> Result<PathBuf> {
    find_on_path(program).with_context(|| format!("`{program}` was not found: {hint}"))
}

pub fn audit(root: &Path) -> Result<()> {
    let chromium = find_chromium()?;
    let chromedriver = require(
        "chromedriver",
        "install it with `sudo apt-get install -y chromium-driver`",
    )?;
    require("npx", "install Node.js and npm")?;

    let work = root.join("target/audit");
    let book = work.join("book");
    crate::remove_dir(&book)?;
    crate::build_book(root, &book)?;
    let server = crate::serve::Local::start(&book)?;
    let base = server.base();
    let (diagram_page, count) = crate::pages::page_with_most_diagrams(&book);
    let (quiz_page, _) = crate::pages::page_with_most_questions(&book);
    let pages = [
        ("introduction", "introduction.html".to_string(), 0),
        ("diagrams", diagram_page, count),
        ("questions", quiz_page, 0),
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
                .arg(format!("--chrome-flags={}", HEADLESS_FLAGS.join(" ")))
                .env("CHROME_PATH", &chromium)
                .status()
                .context("cannot run npx")?;
            if status.success() {
                break;
            }
            if attempt == 3 {
                bail!("Lighthouse failed 3 times on {url}");
            }
        }
        let json: serde_json::Value = serde_json::from_slice(
            &std::fs::read(&report).with_context(|| report.display().to_string())?,
        )
        .with_context(|| report.display().to_string())?;
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
            // axe's form: the same flags without their dashes, comma-separated.
            .arg("--chrome-options")
            .arg(HEADLESS_FLAGS.map(|f| f.trim_start_matches('-')).join(","))
            .env("CHROME_PATH", &chromium)
            .env("CHROMEDRIVER_SKIP_DOWNLOAD", "true")
            .output()
            .context("cannot run npx")?;
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
    if !misses.is_empty() {
        bail!("the audit missed its targets:\n{}", misses.join("\n"));
    }
    Ok(())
}
