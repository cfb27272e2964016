//! The public CI workflow: actionlint finds nothing in it, it runs exactly
//! the README's test command (as `.ci/run` does), and both checks fail on a
//! workflow broken on purpose.

use xtask::workflow::{WORKFLOW, actionlint, check_test_command, readme_commands};

fn test_command() -> String {
    readme_commands(&xtask::root()).unwrap()[1].clone()
}

#[test]
fn the_workflow_passes_actionlint() {
    let problems = actionlint(&xtask::root(), &[WORKFLOW]).unwrap();
    assert!(problems.is_empty(), "{}", join(&problems));
}

#[test]
fn the_workflow_and_ci_run_the_readme_test_command() {
    let root = xtask::root();
    let workflow = std::fs::read_to_string(root.join(WORKFLOW)).unwrap();
    let problems = check_test_command(WORKFLOW, &workflow, &test_command());
    assert!(problems.is_empty(), "{}", join(&problems));
    let ci = std::fs::read_to_string(root.join(".ci/run")).unwrap();
    let last = ci.lines().rev().find(|l| !l.trim().is_empty() && !l.starts_with('#'));
    assert_eq!(
        last.map(str::trim),
        Some(test_command().as_str()),
        ".ci/run must end by running the README's test command"
    );
}

#[test]
fn a_workflow_with_an_unknown_key_fails_actionlint() {
    let root = xtask::root();
    let workflow = std::fs::read_to_string(root.join(WORKFLOW)).unwrap();
    let broken = workflow.replacen("    runs-on:", "    timeout: 5\n    runs-on:", 1);
    let line = workflow.lines().position(|l| l.starts_with("    runs-on:")).unwrap() + 1;
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("workflow");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken.yml");
    std::fs::write(&file, broken).unwrap();
    let problems = actionlint(&root, &[file.to_str().unwrap()]).unwrap();
    assert!(
        problems.iter().any(|p| p.file.ends_with("broken.yml")
            && p.line == Some(line)
            && p.message.contains("unexpected key \"timeout\"")),
        "{}",
        join(&problems)
    );
}

#[test]
fn a_workflow_that_runs_another_command_fails() {
    let root = xtask::root();
    let workflow = std::fs::read_to_string(root.join(WORKFLOW)).unwrap();
    let test = test_command();
    let broken = workflow.replace(&format!("run: {test}"), "run: cargo build");
    let problems = check_test_command(WORKFLOW, &broken, &test);
    assert!(
        problems.iter().any(|p| p.to_string().starts_with(&format!(
            "{WORKFLOW}: no step runs the README's test command `{test}`"
        ))),
        "{}",
        join(&problems)
    );
}

fn join(problems: &[book_model::Problem]) -> String {
    problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
}
