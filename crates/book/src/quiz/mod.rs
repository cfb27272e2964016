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

use crate::book::Page;
use crate::{Inventory, Kind, Listing, Problem};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub mod html;
mod read;

pub use read::{read, resolve_listing};
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

/// Reads and numbers the ```quiz blocks of `page`, whose folder is `dir`,
/// after the questions `asked` by the pages before it.
pub fn questions_of(
    page: &Page,
    dir: &Path,
    inventory: &Inventory,
    asked: &[Question],
    problems: &mut Vec<Problem>,
) -> Vec<Question> {
    let mut found = Vec::new();
    for block in blocks(&page.text) {
        let block = match block {
            Ok(block) => block,
            Err((line, message)) => {
                problems.push(Problem::at(page.shown(), line, message));
                continue;
            }
        };
        let Some(chapter) = page.chapter else {
            problems.push(Problem::at(page.shown(), block.line, "a question outside the numbered chapters"));
            continue;
        };
        let number = asked.iter().chain(&found).filter(|q| q.chapter == chapter).count() + 1;
        let question = read(page, chapter, number, &block, |written| {
            let listing = resolve_listing(inventory, dir, written)?;
            if page.folder() != Some(listing.chapter.as_str()) {
                return Err(format!(
                    "{} belongs to the `{}` chapter: ask about it there, or move it to listings/{}/",
                    listing.shown,
                    listing.chapter,
                    page.folder().unwrap_or("?")
                ));
            }
            Ok(listing)
        });
        match question {
            Ok(question) => found.push(question),
            Err(more) => problems.extend(more),
        }
    }
    found
}

/// A question's listing is shown by no `{{#listing}}` (`shown`: listing
/// path to where it is shown), so the reader predicts before seeing the
/// answer, and is the listing of one question only.
pub fn check_alone(questions: &[Question], shown: &HashMap<PathBuf, String>, problems: &mut Vec<Problem>) {
    for q in questions {
        let at = |message: String| Problem::at(format!("src/{}", q.page), q.line, message);
        if let Some(place) = shown.get(&q.listing.path) {
            problems.push(at(format!(
                "{} is also shown at {place}: a question's listing is shown only by the question, \
                 so the reader predicts before seeing the answer",
                q.listing.shown
            )));
        }
        if let Some(first) = questions.iter().find(|o| o.listing.path == q.listing.path)
            && first.number != q.number
        {
            problems.push(at(format!(
                "{} is already the listing of Question {}: one listing a question",
                q.listing.shown, first.number
            )));
        }
    }
}
