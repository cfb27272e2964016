//! Snapshot files: what the reader is shown under a listing. Compared with
//! what the program really printed, or rewritten by `cargo xtask bless`.

use similar::TextDiff;
use std::fs;
use std::path::Path;

pub enum Checked {
    Same,
    Blessed,
}

/// Compares `actual` with the snapshot at `path` (shown as `shown`), or
/// writes it there when blessing. The error names the file and holds a
/// unified diff from the snapshot to the actual output.
pub fn check(path: &Path, shown: &str, actual: &str, bless: bool) -> Result<Checked, String> {
    let expected = fs::read_to_string(path).ok();
    if expected.as_deref() == Some(actual) {
        return Ok(Checked::Same);
    }
    if bless {
        fs::write(path, actual).map_err(|e| format!("{shown}: cannot write: {e}"))?;
        return Ok(Checked::Blessed);
    }
    let Some(expected) = expected else {
        return Err(format!(
            "{shown}: missing; run `cargo xtask bless` to write it, then read it.\n\
             The program printed:\n{actual}"
        ));
    };
    Err(format!(
        "{shown}: the output differs from the snapshot \
         (- snapshot, + actual output):\n{}\n\
         If the new output is right, run `cargo xtask bless` and read `git diff`.",
        diff(&expected, actual, shown)
    ))
}

pub fn diff(expected: &str, actual: &str, shown: &str) -> String {
    TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header(shown, "actual output")
        .missing_newline_hint(true)
        .to_string()
}
