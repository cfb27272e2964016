//! Reading a ```quiz block: its TOML, its listing, and each choice
//! against the listing's kind and snapshot, which decide the right one.

use super::html::{inline_html, output_html};
use super::{Block, Choice, Form, Question, VERDICTS, error_codes, first_error, first_message, verdict_label};
use crate::book::Page;
use crate::{Inventory, Kind, Listing, Problem};

/// Outputs compare without trailing whitespace on each line and at the end.
fn same_output(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.trim_end().lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    norm(a) == norm(b)
}

/// Reads one block of `page` into its question, numbered `number` in
/// its chapter. `listing` finds the listing a path (relative to the page)
/// names. Problems name the page and the line.
pub fn read(
    page: &Page,
    chapter: u32,
    number: usize,
    block: &Block,
    listing: impl Fn(&str) -> Result<Listing, String>,
) -> Result<Question, Vec<Problem>> {
    let page_shown = &page.shown();
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
    Ok(Question {
        number: format!("{chapter}-{number}"),
        chapter,
        page: page.rel.clone(),
        line: block.line,
        listing,
        written: written.to_string(),
        form,
        prompt,
        choices: resolved,
        answer,
    })
}

/// Finds the listing a question names, from the page at `page_dir`.
pub fn resolve_listing(inventory: &Inventory, page_dir: &std::path::Path, written: &str) -> Result<Listing, String> {
    let full = crate::book::normalize(&page_dir.join(written));
    inventory.at(&full).cloned().ok_or_else(|| {
        format!("`{written}` is not a listing: a question names a file listings/<chapter>/<kind>/<name>.rs that exists")
    })
}
