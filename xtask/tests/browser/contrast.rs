//! Diagram text in Chromium: every label of every diagram on the page with
//! most diagrams has a WCAG contrast of at least 4.5 against what is
//! behind it, in each of mdBook's five themes.

use crate::driver::{console_problems, diagrams_drawn, open};
use crate::verdict::Verdict;
use serde_json::json;

#[tokio::test(flavor = "current_thread")]
async fn no_diagram_label_has_contrast_below_4_5_in_any_theme() {
    // Sources, binary and programs as when it last passed: nothing to build.
    let Some(sources) = Verdict::pending("themes-sources") else {
        return;
    };
    let (page, count) = xtask::pages::page_with_most_diagrams(crate::export());
    let Some(verdict) = Verdict::pending_on("themes", crate::export(), &[&page]) else {
        sources.passed();
        return;
    };
    let client = open().await;
    assert!(count > 0, "no page has a diagram");
    let url = format!("{}/{page}", client.base);
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
        let labels = client
            .execute(include_str!("js/contrast.js"), vec![])
            .await
            .unwrap();
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
    client.close().await;
    assert!(problems.is_empty(), "on {page}:\n{}", problems.join("\n"));
    verdict.passed();
    sources.passed();
}
