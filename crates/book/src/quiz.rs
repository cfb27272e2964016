//! Questions: a fenced block tagged `quiz`, holding TOML, asks the reader
//! to predict what one listing does before showing it.
//!
//! ````markdown
//! ```quiz
//! listing = "../../listings/ownership/fails/quiz-print-after-move.rs"
//! prompt = "Does this program compile?"      # optional
//!
//! [[choice]]
//! verdict = "fails"                          # or error = "E0382" / output = "..." / snapshot = true
//! why = "Shown after answering: why this choice is right or wrong."
//! ```
//! ````
//!
//! The form of the question is given by what its choices carry:
//!
//! - `verdict` (`runs`, `fails`, `panics`, `ub`): does it compile? The
//!   right choice is the listing's kind, its folder.
//! - `error` (`E0xxx`): which error? The listing does not compile; the
//!   right choice is the code its `.stderr` snapshot reports first, and its
//!   label is that snapshot's message, so it carries no `label` of its own.
//! - `output` and one `snapshot = true`: what does it print? The right
//!   choice is the `.stdout` snapshot; every `output` must differ from it.
//!
//! No choice is marked right by hand: the snapshots decide. The answers the
//! explanations were written for are recorded in `tests/book/quizzes.toml`,
//! so a question whose listing starts to answer differently fails until
//! someone rereads it.

use crate::{Inventory, Kind, Listing, Problem};
use std::ops::Range;

/// A `quiz` block as written in a page.
#[derive(Clone, Debug)]
pub struct Block {
    /// 1-based line of the opening fence.
    pub line: usize,
    /// From the opening fence to the end of the closing fence's line.
    pub range: Range<usize>,
    /// The TOML between the fences.
    pub body: String,
}

/// The `quiz` blocks of a page, in order. An opening fence without its
/// closing fence is reported as a block whose body is `Err`.
pub fn blocks(text: &str) -> Vec<Result<Block, (usize, String)>> {
    let mut found = Vec::new();
    let mut open: Option<(usize, usize, String)> = None;
    let mut other_fence: Option<String> = None;
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_end();
        let fence: String = trimmed.chars().take_while(|&c| c == '`').collect();
        if let Some((start_line, start, body)) = &mut open {
            if trimmed == "```" {
                found.push(Ok(Block {
                    line: *start_line,
                    range: *start..offset + line.len(),
                    body: std::mem::take(body),
                }));
                open = None;
            } else {
                body.push_str(line);
            }
        } else if let Some(outer) = &other_fence {
            if trimmed == outer.as_str() {
                other_fence = None;
            }
        } else if trimmed == "```quiz" {
            open = Some((index + 1, offset, String::new()));
        } else if fence.len() >= 3 {
            other_fence = Some(fence);
        }
        offset += line.len();
    }
    if let Some((line, _, _)) = open {
        found.push(Err((line, "a ```quiz block without its closing ```".into())));
    }
    found
}

/// What the reader is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Verdict,
    Error,
    Output,
}

/// One choice, resolved against the listing's snapshot.
#[derive(Clone, Debug)]
pub struct Choice {
    /// HTML.
    pub label: String,
    /// Plain text with `code` in backticks, as written.
    pub why: String,
    pub right: bool,
    /// For an output choice: the text, shown preformatted.
    pub output: bool,
}

/// A question of the book, numbered in its chapter.
#[derive(Clone, Debug)]
pub struct Question {
    /// `2-3`.
    pub number: String,
    pub chapter: u32,
    pub page: String,
    pub line: usize,
    pub listing: Listing,
    /// The listing's path as the block wrote it (relative to the page).
    pub written: String,
    pub form: Form,
    pub prompt: String,
    pub choices: Vec<Choice>,
    /// The answer the snapshot gives, as recorded in `tests/book/quizzes.toml`:
    /// `fails E0382` (the first error; `fails: message` for an error without
    /// a code), `runs` and a line break followed by the output, `panics`, `ub`.
    pub answer: String,
}

impl Question {
    pub fn id(&self) -> String {
        format!("question-{}", self.number)
    }

    /// The right choice's index.
    pub fn right(&self) -> usize {
        self.choices.iter().position(|c| c.right).unwrap()
    }
}

/// How a verdict reads as a choice.
pub fn verdict_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Runs => "It compiles and runs to the end",
        Kind::Fails => "It does not compile",
        Kind::Panics => "It compiles, then panics",
        Kind::Ub => "It compiles; Miri reports undefined behaviour",
        _ => "?",
    }
}

const VERDICTS: [(&str, Kind); 4] = [
    ("runs", Kind::Runs),
    ("fails", Kind::Fails),
    ("panics", Kind::Panics),
    ("ub", Kind::Ub),
];

/// The first error of a `.stderr` snapshot: `("E0382", "borrow of moved value: `x`")`.
pub fn first_error(stderr: &str) -> Option<(String, String)> {
    stderr.lines().find_map(|l| {
        let rest = l.strip_prefix("error[")?;
        let (code, message) = rest.split_once("]: ")?;
        Some((code.to_string(), message.to_string()))
    })
}

/// The first error line of a `.stderr` snapshot, without `error: ` or
/// `error[E....]: `: the headline of errors that have no code too.
pub fn first_message(stderr: &str) -> Option<String> {
    stderr.lines().find_map(|l| {
        let rest = l.strip_prefix("error")?;
        let rest = match rest.strip_prefix('[') {
            Some(coded) => coded.split_once("]: ")?.1,
            None => rest.strip_prefix(": ")?,
        };
        Some(rest.to_string())
    })
}

/// The error codes a text names: `E` and four digits.
pub fn error_codes(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut codes = Vec::new();
    for (i, _) in text.match_indices('E') {
        let digits = &bytes[i + 1..(i + 5).min(bytes.len())];
        let before_ok = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let after_ok = bytes.get(i + 5).is_none_or(|b| !b.is_ascii_alphanumeric());
        if digits.len() == 4 && digits.iter().all(u8::is_ascii_digit) && before_ok && after_ok {
            codes.push(text[i..i + 5].to_string());
        }
    }
    codes
}

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
fn output_html(text: &str) -> String {
    escape(text.trim_end_matches('\n')).replace('\n', "&#10;")
}

/// Outputs compare without trailing whitespace on each line and at the end.
fn same_output(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.trim_end().lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    norm(a) == norm(b)
}

/// Reads one block into a question. `listing` finds the listing a path
/// (relative to the page) names. Problems name the page and the line.
pub fn read(
    page_shown: &str,
    block: &Block,
    listing: impl Fn(&str) -> Result<Listing, String>,
) -> Result<(String, Listing, Form, String, Vec<Choice>, String), Vec<Problem>> {
    let at = |offset_line: usize, message: String| Problem::at(page_shown, block.line + offset_line, message);
    let table: toml::Table = block.body.parse().map_err(|e: toml::de::Error| {
        let line = e
            .span()
            .map_or(0, |s| block.body[..s.start].matches('\n').count() + 1);
        vec![at(line, format!("the question is not valid TOML: {}", e.message()))]
    })?;
    // The line of a key's first occurrence in the block, for messages.
    let line_of = |needle: &str, nth: usize| {
        block
            .body
            .lines()
            .enumerate()
            .filter(|(_, l)| l.trim_start().starts_with(needle))
            .nth(nth)
            .map_or(0, |(i, _)| i + 1)
    };
    let mut problems = Vec::new();
    for key in table.keys() {
        if !["listing", "prompt", "choice"].contains(&key.as_str()) {
            problems.push(at(
                line_of(key, 0),
                format!("unknown key `{key}`: a question has `listing`, an optional `prompt` and `[[choice]]`s"),
            ));
        }
    }
    let Some(written) = table.get("listing").and_then(|v| v.as_str()) else {
        problems.push(at(0, "a question names its listing: `listing = \"../../listings/<chapter>/<kind>/quiz-<name>.rs\"`".into()));
        return Err(problems);
    };
    let listing = match listing(written) {
        Ok(l) => l,
        Err(message) => {
            problems.push(at(line_of("listing", 0), message));
            return Err(problems);
        }
    };
    let snapshot = std::fs::read_to_string(listing.snapshot()).unwrap_or_default();
    let choices = table.get("choice").and_then(|v| v.as_array()).cloned().unwrap_or_default();
    if choices.len() < 2 {
        problems.push(at(0, "a question needs at least two `[[choice]]`s".into()));
        return Err(problems);
    }
    let mut form = None;
    let mut resolved = Vec::new();
    for (n, choice) in choices.iter().enumerate() {
        let line = line_of("[[choice]]", n);
        let Some(choice) = choice.as_table() else { continue };
        let str_of = |key: &str| choice.get(key).and_then(|v| v.as_str()).map(str::to_string);
        for key in choice.keys() {
            if !["verdict", "error", "label", "output", "snapshot", "why"].contains(&key.as_str()) {
                problems.push(at(line, format!("unknown key `{key}` in a choice")));
            }
        }
        let why = str_of("why").unwrap_or_default();
        if why.trim().is_empty() {
            problems.push(at(line, "every choice says `why` it is right or wrong".into()));
        }
        let this = if let Some(v) = str_of("verdict") {
            let Some(&(_, kind)) = VERDICTS.iter().find(|(w, _)| *w == v) else {
                problems.push(at(line, format!("verdict `{v}`: write `runs`, `fails`, `panics` or `ub`")));
                continue;
            };
            if resolved.iter().any(|c: &Choice| c.label == verdict_label(kind)) {
                problems.push(at(line, format!("verdict `{v}` is offered twice")));
            }
            resolved.push(Choice { label: verdict_label(kind).into(), why, right: kind == listing.kind, output: false });
            Form::Verdict
        } else if let Some(code) = str_of("error") {
            if error_codes(&code) != [code.clone()] {
                problems.push(at(line, format!("`error = \"{code}\"`: an error code is `E` and four digits")));
            }
            let truth = first_error(&snapshot);
            let right = truth.as_ref().is_some_and(|(c, _)| *c == code);
            let label = match (right, str_of("label"), &truth) {
                (true, None, truth) => {
                    let (c, message) = truth.as_ref().unwrap();
                    format!("<code>{c}</code>: {}", inline_html(message))
                }
                (true, Some(_), _) => {
                    problems.push(at(
                        line,
                        format!("{code} is the error {} reports: its label is the compiler's message, so the choice has no `label`", listing.snapshot_shown()),
                    ));
                    continue;
                }
                (false, Some(label), _) => format!("<code>{code}</code>: {}", inline_html(&label)),
                (false, None, _) => {
                    problems.push(at(
                        line,
                        format!(
                            "{code} is not the error {} reports first ({}): a wrong choice needs a `label`, the message a reader might expect",
                            listing.snapshot_shown(),
                            truth.as_ref().map_or("none", |(c, _)| c.as_str())
                        ),
                    ));
                    continue;
                }
            };
            resolved.push(Choice { label, why, right, output: false });
            Form::Error
        } else if let Some(text) = str_of("output") {
            if same_output(&text, &snapshot) {
                problems.push(at(
                    line,
                    format!("this output is what {} prints: a wrong choice must differ from it (or write `snapshot = true`)", listing.shown),
                ));
            }
            resolved.push(Choice { label: output_html(&text), why, right: false, output: true });
            Form::Output
        } else if choice.get("snapshot").and_then(|v| v.as_bool()) == Some(true) {
            resolved.push(Choice { label: output_html(&snapshot), why, right: true, output: true });
            Form::Output
        } else {
            problems.push(at(line, "a choice carries `verdict`, `error`, `output` or `snapshot = true`".into()));
            continue;
        };
        if form.is_some_and(|f| f != this) {
            problems.push(at(line, "all choices of a question are of one form (verdict, error or output)".into()));
        }
        form.get_or_insert(this);
    }
    let Some(form) = form else {
        return Err(problems);
    };
    let wants = match form {
        Form::Verdict => &[Kind::Runs, Kind::Fails, Kind::Panics, Kind::Ub][..],
        Form::Error => &[Kind::Fails][..],
        Form::Output => &[Kind::Runs][..],
    };
    if !wants.contains(&listing.kind) {
        problems.push(at(
            line_of("listing", 0),
            format!(
                "{} is in `{}/`: {}",
                listing.shown,
                listing.kind.folder(),
                match form {
                    Form::Verdict => "a verdict question is about a runs, fails, panics or ub listing",
                    Form::Error => "a \"which error?\" question is about a listing that does not compile",
                    Form::Output => "a \"what does it print?\" question is about a listing that runs",
                }
            ),
        ));
    }
    let right = resolved.iter().filter(|c| c.right).count();
    if problems.is_empty() && right != 1 {
        problems.push(at(
            0,
            match form {
                Form::Verdict => format!(
                    "no choice is the verdict `{}` of {}: offer it",
                    listing.kind.folder(),
                    listing.shown
                ),
                Form::Error => format!(
                    "no choice is the error {} reports first ({}): offer it",
                    listing.snapshot_shown(),
                    first_error(&snapshot).map_or("none".into(), |(c, _)| c)
                ),
                Form::Output => "exactly one choice is `snapshot = true`, the output the program prints".into(),
            },
        ));
    }
    // An explanation of the right choice may name only the codes the
    // compiler reports.
    if let Some(choice) = resolved.iter().find(|c| c.right) {
        let shown = error_codes(&snapshot);
        for code in error_codes(&choice.why) {
            if !shown.contains(&code) {
                problems.push(at(
                    0,
                    format!(
                        "the right choice's `why` names {code}, but {} shows {}",
                        listing.snapshot_shown(),
                        if shown.is_empty() { "no error".to_string() } else { shown.join(", ") }
                    ),
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let prompt = table.get("prompt").and_then(|v| v.as_str()).map(str::to_string).unwrap_or_else(|| {
        match form {
            Form::Verdict => "Does this program compile? If it does, what happens when it runs?",
            Form::Error => "This program does not compile. Which error does the compiler report first?",
            Form::Output => "This program compiles and runs. What does it print?",
        }
        .to_string()
    });
    let answer = match listing.kind {
        Kind::Fails => match first_error(&snapshot) {
            Some((code, _)) => format!("fails {code}"),
            None => format!("fails: {}", first_message(&snapshot).unwrap_or_default()),
        },
        Kind::Runs => format!("runs\n{snapshot}"),
        kind => kind.folder().to_string(),
    };
    Ok((written.to_string(), listing, form, prompt, resolved, answer))
}

/// Finds the listing a question names, from the page at `page_dir`.
pub fn resolve_listing(inventory: &Inventory, page_dir: &std::path::Path, written: &str) -> Result<Listing, String> {
    let full = crate::book::normalize(&page_dir.join(written));
    inventory.at(&full).cloned().ok_or_else(|| {
        format!("`{written}` is not a listing: a question names a file listings/<chapter>/<kind>/<name>.rs that exists")
    })
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
