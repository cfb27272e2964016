//! The questions against the answers their explanations were written for.
//!
//! A question's right choice comes from its listing's kind and snapshot
//! (`book_model::quiz`), so it cannot be typed wrong. But the explanations
//! beside the choices are prose, written for one answer: when a listing
//! starts to answer differently (another first error, another output),
//! they go stale without a word. `tests/book/quizzes.toml` records, per
//! question listing, the answer its explanations were written for; a
//! question whose listing answers differently fails here, at the question's
//! line, until someone has reread it and recorded the new answer with
//! `cargo xtask bless --quizzes`.

use book_model::book::Numbering;
use book_model::work::{QUIZ_ANSWERS, QUIZ_BLESS_VAR};
use book_model::Problem;
use std::path::Path;

pub fn check(root: &Path, numbering: &Numbering, problems: &mut Vec<Problem>) {
    let path = root.join(QUIZ_ANSWERS);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    if std::env::var_os(QUIZ_BLESS_VAR).is_some_and(|v| v == "1") && root == crate::root() {
        let mut table = toml::Table::new();
        for q in &numbering.questions {
            table.insert(q.listing.shown.clone(), q.answer.clone().into());
        }
        let body = toml::to_string(&table).unwrap();
        let header = "# The answer each question's explanations were written for, by its\n\
                      # listing (tests/book/quizzes.rs). Written by `cargo xtask bless --quizzes`\n\
                      # after the questions whose answer moved have been reread.\n\n";
        if body.is_empty() {
            let _ = std::fs::remove_file(&path);
        } else {
            std::fs::write(&path, format!("{header}{body}")).unwrap();
        }
        return;
    }
    if numbering.questions.is_empty() && text.is_empty() {
        return;
    }
    let recorded: toml::Table = match text.parse() {
        Ok(table) => table,
        Err(e) => {
            problems.push(Problem::in_file(QUIZ_ANSWERS, format!("not valid TOML: {}", e.message())));
            return;
        }
    };
    for q in &numbering.questions {
        let at = format!("src/{}", q.page);
        match recorded.get(&q.listing.shown).and_then(|v| v.as_str()) {
            Some(answer) if answer == q.answer => {}
            Some(answer) => problems.push(Problem::at(
                at,
                q.line,
                format!(
                    "the answer to Question {} has changed: its explanations were written for \
                     {}, and {} now gives {}. Reread the question's choices and explanations, \
                     then record the new answer with `cargo xtask bless --quizzes`",
                    q.number,
                    shown(answer),
                    q.listing.shown,
                    shown(&q.answer)
                ),
            )),
            None => problems.push(Problem::at(
                at,
                q.line,
                format!(
                    "Question {} is new: {QUIZ_ANSWERS} has no answer for {} (it gives {}). \
                     Once you have read the question with its answer, record it with \
                     `cargo xtask bless --quizzes`",
                    q.number,
                    q.listing.shown,
                    shown(&q.answer)
                ),
            )),
        }
    }
    for key in recorded.keys() {
        if !numbering.questions.iter().any(|q| &q.listing.shown == key) {
            problems.push(Problem::in_file(
                QUIZ_ANSWERS,
                format!("{key} is the listing of no question: `cargo xtask bless --quizzes` forgets it"),
            ));
        }
    }
}

/// An answer as a message shows it: `fails E0382`, or the output quoted.
fn shown(answer: &str) -> String {
    match answer.split_once('\n') {
        Some((kind, output)) => format!("`{kind}` printing {output:?}"),
        None => format!("`{answer}`"),
    }
}
