//! The HTML a question becomes: the program, the lettered choices, the
//! Check button that `theme/quiz.js` shows, the result line, and the answer
//! behind a `<details>`; and, at the end of a chapter, its answers for print.

use super::{Question, first_error, first_message};
use crate::Kind;

/// `text` as HTML, with `code` in backticks as `<code>`.
pub fn inline_html(text: &str) -> String {
    let escaped = escape(text);
    let mut out = String::new();
    for (i, part) in escaped.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str("<code>");
            out.push_str(part);
            out.push_str("</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Output as one line of HTML, newlines as `&#10;`, so a blank line in it
/// cannot end the HTML block it sits in.
pub(super) fn output_html(text: &str) -> String {
    escape(text.trim_end_matches('\n')).replace('\n', "&#10;")
}

/// What a question's block becomes in the page.
pub fn render(q: &Question, total_in_chapter: usize) -> String {
    let id = q.id();
    let snapshot = format!(
        "{}.{}",
        q.written.strip_suffix(".rs").unwrap(),
        q.listing.kind.snapshot_extension()
    );
    let mut choices = String::new();
    for (i, c) in q.choices.iter().enumerate() {
        let label = if c.output {
            format!("<span class=\"quiz-output\">{}</span>", c.label)
        } else {
            c.label.clone()
        };
        choices.push_str(&format!(
            "<label><input type=\"radio\" name=\"{id}\" value=\"{i}\"> \
             <span class=\"quiz-letter\">{letter}.</span> {label}</label>\n",
            letter = letter(i)
        ));
    }
    let mut whys = String::new();
    for (i, c) in q.choices.iter().enumerate() {
        let mark = if c.right { "Right" } else { "Wrong" };
        let label = if c.output { letter(i).to_string() } else { format!("{}. {}", letter(i), c.label) };
        whys.push_str(&format!(
            "<li data-choice=\"{i}\" class=\"{class}\"><strong>{mark}: {label}.</strong> {why}</li>\n",
            class = if c.right { "quiz-right" } else { "quiz-wrong" },
            why = inline_html(&c.why),
        ));
    }
    let (verdict, printed) = answer_text(q);
    format!(
        "<section class=\"quiz\" id=\"{id}\" data-chapter=\"{chapter}\" data-answer=\"{answer}\" aria-labelledby=\"{id}-title\">\n\
         <p class=\"quiz-title\" id=\"{id}-title\"><span class=\"badge quiz\">Predict</span> Question {number}</p>\n\
         <p class=\"quiz-prompt\">{prompt}</p>\n\
         \n\
         ```rust\n\
         {{{{#include {written}}}}}\n\
         ```\n\
         \n\
         <fieldset class=\"quiz-choices\">\n\
         <legend>Your prediction for question {number}</legend>\n\
         {choices}\
         </fieldset>\n\
         <p class=\"quiz-check\" hidden><button type=\"button\">Check my answer</button></p>\n\
         <p class=\"quiz-result\" role=\"status\"></p>\n\
         <p class=\"quiz-score\" data-chapter=\"{chapter}\" data-questions=\"{total_in_chapter}\" hidden></p>\n\
         <details class=\"quiz-answer\">\n\
         <summary>Show the answer to question {number}</summary>\n\
         <p class=\"quiz-verdict\"><strong>Answer: {letter}.</strong> {verdict}</p>\n\
         <ul class=\"quiz-whys\">\n\
         {whys}\
         </ul>\n\
         <p class=\"quiz-printed\">{printed}</p>\n\
         \n\
         ```text\n\
         {{{{#include {snapshot}}}}}\n\
         ```\n\
         \n\
         </details>\n\
         </section>\n",
        chapter = q.chapter,
        answer = q.right(),
        letter = letter(q.right()),
        number = q.number,
        prompt = inline_html(&q.prompt),
        written = q.written,
    )
}

/// The letter of choice `i`: A, B, C...
fn letter(i: usize) -> char {
    (b'A' + i as u8) as char
}

/// The answer in words, and the caption of the snapshot revealed with it.
fn answer_text(q: &Question) -> (String, &'static str) {
    let snapshot = std::fs::read_to_string(q.listing.snapshot()).unwrap_or_default();
    let verdict = match q.listing.kind {
        Kind::Fails => match first_error(&snapshot) {
            Some((code, message)) => format!("It does not compile: <code>{code}</code>, {}.", inline_html(&message)),
            None => match first_message(&snapshot) {
                Some(message) => format!("It does not compile: {}.", inline_html(&message)),
                None => "It does not compile.".into(),
            },
        },
        Kind::Runs => "It compiles and runs to the end.".into(),
        Kind::Panics => "It compiles, then panics.".into(),
        Kind::Ub => "It compiles, and Miri reports undefined behaviour.".into(),
        _ => String::new(),
    };
    let printed = match q.listing.kind {
        Kind::Fails => "What the compiler printed:",
        Kind::Runs => "What it printed:",
        Kind::Panics => "What it printed on stderr when it panicked:",
        Kind::Ub => "Miri's report:",
        _ => "",
    };
    (verdict, printed)
}

/// The answers of a chapter's questions, for print and the PDF: the page
/// shows it only when printed, where the questions' own answers are hidden.
pub fn answers_section(chapter: u32, questions: &[&Question]) -> String {
    let mut items = String::new();
    for q in questions {
        let right = &q.choices[q.right()];
        let (verdict, _) = answer_text(q);
        items.push_str(&format!(
            "<li><strong>Question {number}: {letter}.</strong> {verdict} {why}</li>\n",
            number = q.number,
            letter = letter(q.right()),
            why = inline_html(&right.why),
        ));
    }
    format!(
        "\n\n<section class=\"quiz-answers\" aria-labelledby=\"quiz-answers-{chapter}\">\n\
         <p class=\"quiz-answers-title\" id=\"quiz-answers-{chapter}\">Answers to the questions of chapter {chapter}</p>\n\
         <ul>\n\
         {items}\
         </ul>\n\
         </section>\n"
    )
}
