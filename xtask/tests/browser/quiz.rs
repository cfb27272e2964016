//! Questions (```quiz blocks), in Chromium: answered by keyboard alone, a
//! right prediction is announced as right with its explanation open, a wrong
//! one is marked wrong, and both are remembered (localStorage) with the
//! chapter's score after a reload; with JavaScript off, the `<details>`
//! still reveals the answer.

use crate::driver::{console_problems, open, open_with};
use crate::verdict::Verdict;
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use serde_json::Value;

/// The page and the two questions the test answers: the last page of the
/// Ownership chapter, which holds two.
const PAGE: &str = "ownership/summary.html";

async fn state(client: &Client, id: &str) -> Value {
    client
        .execute(include_str!("js/quiz_state.js"), vec![id.into()])
        .await
        .unwrap()
}

/// Answers question `id` by keyboard: focus its first choice, arrow down
/// to choice `pick`, Tab to the button, Enter.
async fn answer_by_keyboard(client: &Client, id: &str, pick: u64) {
    client
        .execute(
            "document.querySelector('#' + arguments[0] + ' input[type=radio]').focus();",
            vec![id.into()],
        )
        .await
        .unwrap();
    let mut keys = String::from(" "); // selects the focused (first) choice
    for _ in 0..pick {
        keys.push(char::from(Key::Down));
    }
    keys.push(char::from(Key::Tab));
    keys.push(char::from(Key::Enter));
    client.active_element().await.unwrap().send_keys(&keys).await.unwrap();
}

#[tokio::test(flavor = "current_thread")]
async fn a_question_answered_by_keyboard_is_not_marked_or_announced_or_remembered() {
    let Some(sources) = Verdict::pending("quiz-sources") else {
        return;
    };
    let Some(verdict) = Verdict::pending_on("quiz", crate::export(), &[PAGE]) else {
        sources.passed();
        return;
    };
    let client = open().await;
    client.goto(&format!("{}/{PAGE}", client.base)).await.unwrap();
    let ids: Vec<String> = client
        .execute("return [...document.querySelectorAll('section.quiz')].map(q => q.id);", vec![])
        .await
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert!(ids.len() >= 2, "{PAGE} should hold two questions, has {ids:?}");
    let (first, second) = (&ids[0], &ids[1]);

    let before = state(&client, first).await;
    assert_eq!(before["buttonShown"], true, "the script shows the Check button: {before}");
    assert_eq!(before["open"], false, "the answer starts hidden: {before}");
    assert_eq!(before["resultRole"], "status", "the result is announced: {before}");

    // The right choice, by keyboard.
    let right = before["answer"].as_u64().unwrap();
    answer_by_keyboard(&client, first, right).await;
    let after = state(&client, first).await;
    let result = after["result"].as_str().unwrap();
    assert!(result.starts_with("Right: "), "a right answer says so: {after}");
    assert_eq!(after["open"], true, "the explanations open: {after}");
    assert_eq!(after["chosenWrong"], false, "{after}");
    assert!(
        after["explanationShown"].as_str().unwrap().starts_with("Right: "),
        "the chosen choice's explanation is marked: {after}"
    );

    // A wrong choice, by keyboard.
    let second_state = state(&client, second).await;
    let right = second_state["answer"].as_u64().unwrap();
    let wrong = if right == 0 { 1 } else { 0 };
    answer_by_keyboard(&client, second, wrong).await;
    let after = state(&client, second).await;
    let result = after["result"].as_str().unwrap();
    assert!(result.starts_with("Not quite: you chose"), "a wrong answer says so: {after}");
    assert_eq!(after["chosenWrong"], true, "the wrong choice is marked wrong: {after}");
    assert!(
        after["explanationShown"].as_str().unwrap().starts_with("Wrong: "),
        "the chosen choice's explanation says why it is wrong: {after}"
    );
    let score = after["score"].as_str().unwrap_or_default().to_string();
    assert!(score.contains("2 of ") && score.contains("1 right"), "the chapter's score: {after}");

    // Both answers survive a reload, in this browser only.
    client.refresh().await.unwrap();
    let reloaded = state(&client, second).await;
    assert!(
        reloaded["result"].as_str().unwrap().starts_with("Your earlier answer. Not quite"),
        "the earlier answer is shown again: {reloaded}"
    );
    assert_eq!(reloaded["score"].as_str().unwrap_or_default(), score, "{reloaded}");

    let console = console_problems(&client).await;
    client.close().await;
    assert!(console.is_empty(), "{}", console.join("\n"));
    verdict.passed();
    sources.passed();
}

#[tokio::test(flavor = "current_thread")]
async fn without_javascript_a_question_does_not_reveal_its_answer() {
    let Some(sources) = Verdict::pending("quiz-nojs-sources") else {
        return;
    };
    let Some(verdict) = Verdict::pending_on("quiz-nojs", crate::export(), &[PAGE]) else {
        sources.passed();
        return;
    };
    let client = open_with(&["--blink-settings=scriptEnabled=false"]).await;
    client.goto(&format!("{}/{PAGE}", client.base)).await.unwrap();
    let quiz = client.find(Locator::Css("section.quiz")).await.unwrap();
    let verdict_line = quiz.find(Locator::Css("p.quiz-verdict")).await.unwrap();
    let button = quiz.find(Locator::Css("p.quiz-check")).await.unwrap();
    assert!(!button.is_displayed().await.unwrap(), "without the script there is no Check button");
    assert!(!verdict_line.is_displayed().await.unwrap(), "the answer starts hidden");
    quiz.find(Locator::Css("details.quiz-answer > summary")).await.unwrap().click().await.unwrap();
    assert!(verdict_line.is_displayed().await.unwrap(), "the summary reveals the answer");
    let text = verdict_line.text().await.unwrap();
    assert!(text.starts_with("Answer:"), "{text:?}");
    client.close().await;
    verdict.passed();
    sources.passed();
}
