//! Snapshot files: what the reader is shown under a listing. Compared with
//! what the program really printed, or rewritten by `cargo xtask bless`.

use book_model::{Problem, Report};
use similar::TextDiff;
use std::fs;
use std::path::Path;

pub enum Checked {
    Same,
    Blessed,
}

/// Compares `actual` with the snapshot at `path` (shown as `shown`), or
/// writes it there when blessing. The problem names the snapshot and holds
/// a unified diff from it to the actual output.
pub fn check(path: &Path, shown: &str, actual: &str, bless: bool) -> Result<Checked, Problem> {
    let expected = fs::read_to_string(path).ok();
    if expected.as_deref() == Some(actual) {
        return Ok(Checked::Same);
    }
    if bless {
        fs::write(path, actual).map_err(|e| Problem::in_file(shown, format!("cannot write: {e}")))?;
        return Ok(Checked::Blessed);
    }
    let Some(expected) = expected else {
        return Err(Problem::in_file(
            shown,
            format!(
                "missing; run `cargo xtask bless` to write it, then read it.\n\
                 The program printed:\n{actual}"
            ),
        ));
    };
    let first = first_difference(&expected, actual);
    Err(Problem::at(
        shown,
        first,
        format!(
            "the output differs from the snapshot (- snapshot, + actual output):\n{}\n\
             If the new output is right, run `cargo xtask bless` and read `git diff`.",
            diff(&expected, actual, shown)
        ),
    ))
}

/// Counts one checked snapshot, shown as `shown`, in `report`: written,
/// or a problem, or the same as before.
pub fn tally(report: &mut Report, shown: &str, result: Result<Checked, Problem>) {
    report.checked += 1;
    match result {
        Ok(Checked::Same) => {}
        Ok(Checked::Blessed) => report.blessed.push(shown.to_string()),
        Err(problem) => report.push(problem),
    }
}

/// The first line (1-based) where the two texts differ.
fn first_difference(expected: &str, actual: &str) -> usize {
    let mut a = expected.lines();
    let mut b = actual.lines();
    let mut line = 1;
    while let (Some(x), Some(y)) = (a.next(), b.next()) {
        if x != y {
            return line;
        }
        line += 1;
    }
    line
}

pub fn diff(expected: &str, actual: &str, shown: &str) -> String {
    TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header(shown, "actual output")
        .missing_newline_hint(true)
        .to_string()
}
