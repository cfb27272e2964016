//! The sidebar toggle, in Chromium: a button (not mdBook's label, on which
//! aria-expanded is not allowed) whose clicks close and open the table of
//! contents, saying so in aria-expanded.

use crate::driver::{console_problems, open};
use crate::verdict::Verdict;
use fantoccini::{Client, Locator};
use serde_json::json;
use std::time::Duration;

#[tokio::test(flavor = "current_thread")]
async fn the_sidebar_toggle_is_no_button_or_does_not_hide_and_show_the_table_of_contents() {
    // Sources, binary and programs as when it last passed: nothing to build.
    let Some(sources) = Verdict::pending("sidebar-sources") else {
        return;
    };
    let Some(verdict) = Verdict::pending_on("sidebar", crate::export(), &["introduction.html"]) else {
        sources.passed();
        return;
    };
    let client = open().await;
    client
        .goto(&format!("{}/introduction.html", client.base))
        .await
        .unwrap();
    let state = async |client: &Client| {
        client
            .execute(include_str!("js/sidebar_state.js"), vec![])
            .await
            .unwrap()
    };
    let before = state(&client.client).await;
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
        state(&client.client).await,
        json!(["BUTTON", false, "false"]),
        "one click closes it"
    );
    toggle.click().await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        state(&client.client).await,
        json!(["BUTTON", true, "true"]),
        "a second click opens it"
    );
    let console = console_problems(&client).await;
    client.close().await;
    assert!(console.is_empty(), "{}", console.join("\n"));
    verdict.passed();
    sources.passed();
}
