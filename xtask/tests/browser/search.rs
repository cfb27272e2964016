//! Search, in Chromium: typing a chapter's title into mdBook's search bar
//! finds a result that links to that chapter.

use crate::chapters;
use crate::driver::{console_problems, open};
use crate::verdict::Verdict;
use fantoccini::Locator;
use std::time::{Duration, Instant};

#[tokio::test(flavor = "current_thread")]
async fn no_chapter_is_missing_from_the_search_results_for_its_title() {
    // Sources, binary and programs as when it last passed: nothing to build.
    let Some(sources) = Verdict::pending("search-sources") else {
        return;
    };
    let index = crate::verdict::search_index(crate::export());
    let Some(verdict) = Verdict::pending_on("search", crate::export(), &["introduction.html", &index]) else {
        sources.passed();
        return;
    };
    let client = open().await;
    let intro = format!("{}/introduction.html", client.base);
    let chapters = chapters();
    assert!(
        chapters.len() >= 8,
        "SUMMARY.md lists {} chapters",
        chapters.len()
    );
    let mut problems = Vec::new();

    // One page load: each title is entered into the same search bar, which
    // keeps the index loaded.
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
    for (title, path) in &chapters {
        // The title less its last character goes into the bar at once, and
        // the last is typed: one real keystroke, so one search (mdBook
        // searches on every key released) instead of one per character.
        let (head, last) = title.split_at(title.len() - title.chars().last().unwrap().len_utf8());
        client
            .execute("document.getElementById('mdbook-searchbar').value = arguments[0];", vec![head.into()])
            .await
            .unwrap();
        bar.send_keys(last).await.unwrap();
        let wanted = format!("{}/{path}", client.base);
        let links_to_wanted = |hrefs: &[String]| {
            hrefs
                .iter()
                .any(|h| h.split(['?', '#']).next() == Some(wanted.as_str()))
        };
        let started = Instant::now();
        let hrefs = loop {
            let hrefs = client
                .execute(include_str!("js/search_results.js"), vec![])
                .await
                .unwrap();
            let hrefs: Vec<String> = hrefs
                .as_array()
                .unwrap()
                .iter()
                .map(|h| h.as_str().unwrap().to_string())
                .collect();
            // Results of the previous title may still show: wait for ours.
            if links_to_wanted(&hrefs) || started.elapsed() > Duration::from_secs(10) {
                break hrefs;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        // A result links to `page.html?highlight=...#section`.
        if !links_to_wanted(&hrefs) {
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
    client.close().await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    verdict.passed();
    sources.passed();
}
