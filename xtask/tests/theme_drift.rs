//! Our copies of upstream files against the versions Cargo.lock pins.
//!
//! `theme/index.hbs` and `theme/book.js` are mdBook's own, with a few
//! changes; `theme/upstream.diff` is the reviewed diff from the pinned
//! mdbook-html's files to our copies. `src/assets/mermaid.min.js` is
//! mdbook-mermaid's, unchanged. After an upgrade of either crate, or an
//! edit of a copy, these tests say which hunks to redo.
//!
//! To accept a new diff: `THEME_DIFF=overwrite cargo test --package xtask
//! --test theme_drift`, then read `git diff theme/upstream.diff`.

use similar::TextDiff;
use std::path::{Path, PathBuf};
use std::process::Command;

/// (crate, file in the crate, our copy): the copies we keep changes in.
const CHANGED_COPIES: [(&str, &str, &str); 2] = [
    (
        "mdbook-html",
        "front-end/templates/index.hbs",
        "theme/index.hbs",
    ),
    ("mdbook-html", "front-end/js/book.js", "theme/book.js"),
];

const DIFF: &str = "theme/upstream.diff";

/// The folder and version of the package `name` that Cargo.lock pins,
/// as `cargo metadata` reports them.
fn pinned(name: &str) -> (PathBuf, String) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(xtask::root())
        .args(["metadata", "--format-version", "1", "--locked"])
        .output()
        .expect("cargo metadata should run");
    assert!(
        output.status.success(),
        "cargo metadata failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let packages: Vec<&serde_json::Value> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["name"] == name)
        .collect();
    assert_eq!(packages.len(), 1, "Cargo.lock should pin one {name}");
    let manifest = Path::new(packages[0]["manifest_path"].as_str().unwrap());
    let version = packages[0]["version"].as_str().unwrap().to_string();
    (manifest.parent().unwrap().to_path_buf(), version)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The unified diff from the pinned upstream files to our copies.
fn diff_to_upstream() -> String {
    let root = xtask::root();
    let mut diff = String::new();
    for (package, upstream, ours) in CHANGED_COPIES {
        let (dir, version) = pinned(package);
        let (old, new) = (read(&dir.join(upstream)), read(&root.join(ours)));
        let text = TextDiff::from_lines(&old, &new)
            .unified_diff()
            .header(&format!("{package}-{version}/{upstream}"), ours)
            .to_string();
        assert!(
            !text.is_empty(),
            "{ours} is {package}'s {upstream} unchanged"
        );
        diff.push_str(&text);
    }
    diff
}

/// The hunks of a unified diff, each with the file it changes, without its
/// `@@` line (whose line numbers move when a hunk above changes).
fn hunks(diff: &str) -> Vec<String> {
    let mut hunks: Vec<String> = Vec::new();
    let mut file = "";
    for line in diff.lines() {
        if let Some(name) = line.strip_prefix("+++ ") {
            file = name;
        } else if line.starts_with("--- ") {
        } else if line.starts_with("@@") {
            hunks.push(format!("in {file}:\n"));
        } else if let Some(hunk) = hunks.last_mut() {
            hunk.push_str(line);
            hunk.push('\n');
        }
    }
    hunks
}

#[test]
fn a_copy_of_mdbooks_theme_that_drifted_from_its_reviewed_diff() {
    let now = diff_to_upstream();
    let reviewed_file = xtask::root().join(DIFF);
    let reviewed = std::fs::read_to_string(&reviewed_file).unwrap_or_default();
    if now == reviewed {
        return;
    }
    if std::env::var_os("THEME_DIFF").is_some_and(|v| v == "overwrite") {
        std::fs::write(&reviewed_file, &now).unwrap();
        return;
    }
    let (now_hunks, reviewed_hunks) = (hunks(&now), hunks(&reviewed));
    let mut report = String::new();
    for hunk in now_hunks.iter().filter(|h| !reviewed_hunks.contains(h)) {
        report.push_str(&format!(
            "\nnot reviewed: what the copy changes now, {hunk}"
        ));
    }
    for hunk in reviewed_hunks.iter().filter(|h| !now_hunks.contains(h)) {
        report.push_str(&format!("\nreviewed, no longer true: {hunk}"));
    }
    if report.is_empty() {
        report = format!(
            "\nthe same hunks, other headers or line numbers:\n{}",
            TextDiff::from_lines(&reviewed, &now)
                .unified_diff()
                .header(DIFF, "now")
        );
    }
    panic!(
        "our copies of mdBook's theme files no longer differ from the pinned \
         ones by {DIFF}. Redo these hunks (keep only what additional-js or \
         additional-css cannot do), or, if the change is meant, rewrite {DIFF} \
         with `THEME_DIFF=overwrite cargo test --package xtask --test \
         theme_drift` and read `git diff {DIFF}`:\n{report}"
    );
}

#[test]
fn a_mermaid_min_js_that_is_not_mdbook_mermaids() {
    let (dir, version) = pinned("mdbook-mermaid");
    let upstream = dir.join("src/bin/assets/mermaid.min.js");
    let ours = xtask::root().join("src/assets/mermaid.min.js");
    let (upstream_bytes, ours_bytes) = (
        std::fs::read(&upstream).unwrap(),
        std::fs::read(&ours).unwrap(),
    );
    assert!(
        upstream_bytes == ours_bytes,
        "src/assets/mermaid.min.js ({} bytes) is not mdbook-mermaid {version}'s \
         ({}, {} bytes): copy that file over it",
        ours_bytes.len(),
        upstream.display(),
        upstream_bytes.len()
    );
}
