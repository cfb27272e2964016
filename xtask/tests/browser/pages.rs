//! Every page of the offline export, in Chromium: nothing fetched from
//! outside the export, a clean console, every diagram drawn, and every
//! link into the book resolving to a page and an id.

use crate::driver::{console_problems, diagrams_drawn, open};
use crate::verdict::Verdict;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every HTML page of the export, as paths relative to it. 404.html is left
/// out: it is for a web server (its links are absolute from the site root).
fn pages(dir: &Path) -> Vec<String> {
    let mut all: Vec<String> = xtask::pages::html_files(dir)
        .iter()
        .map(|path| {
            path.strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    all.retain(|p| p != "404.html");
    all.sort();
    all
}

#[tokio::test(flavor = "current_thread")]
async fn no_page_reaches_the_network_warns_in_the_console_breaks_a_diagram_or_links_nowhere() {
    let Some(verdict) = Verdict::pending("pages") else {
        return;
    };
    let client = open().await;
    let (dir, base) = (client.dir, client.base.clone());
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
            .execute(include_str!("js/page_inventory.js"), vec![])
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
    client.close().await;

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
    verdict.passed();
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
