//! The programs of the book: the runs and panics listings and the Rust
//! blocks written in the Markdown (`markdown`). All of them are built in one
//! `cargo build` of a generated crate (one binary each, warnings denied),
//! then each is run once; `runs`, `panics` and `markdown` judge the runs.

use crate::snapshot::Checked;
use book_model::{Kind, Listing, Problem, Report, manifest, work::Work};
use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;
use wait_timeout::ChildExt;

/// A listing that runs longer than this has hung.
const TIME_LIMIT: Duration = Duration::from_secs(20);

/// What a program printed.
pub struct Run {
    pub code: Option<i32>,
    /// The signal that killed it, if one did.
    pub signal: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// A program of the batch.
pub struct Program {
    /// Its binary's name, unique in the batch.
    pub name: String,
    /// The source file cargo builds.
    pub path: PathBuf,
    /// The file a problem names (a listing, or the Markdown page).
    pub shown: String,
    /// Whether it is run once built (`rust,no_run` blocks are not).
    pub run: bool,
    /// How its compiler messages name it, and what to name it instead
    /// (the generated file of a Markdown block becomes its page).
    pub rename: Vec<(String, String)>,
}

impl Program {
    pub fn listing(listing: &Listing) -> Program {
        Program {
            name: listing.unique_name(),
            path: listing.path.clone(),
            shown: listing.shown.clone(),
            // `ub` listings are built here (warnings denied) and run by Miri.
            run: listing.kind.runs_natively(),
            rename: Vec::new(),
        }
    }
}

/// The batch: for each program (by name), its run, or why it has none.
pub struct Batch {
    pub runs: HashMap<String, Result<Option<Run>, Problem>>,
    /// The file each program's problems name, by name.
    pub shown: HashMap<String, String>,
    /// The build failed without any listing to blame (cargo's own output).
    pub failure: Option<String>,
}

/// The batch of the book's own programs, built and run once per test run
/// for the `runs`, `panics` and `markdown` tests.
pub fn of_book() -> &'static Batch {
    static BATCH: OnceLock<Batch> = OnceLock::new();
    BATCH.get_or_init(|| of(crate::root(), &Work::Programs.dir(&crate::target_dir())))
}

/// The batch of the book at `root`, built in `work_dir`.
pub fn of(root: &Path, work_dir: &Path) -> Batch {
    let inventory = book_model::inventory::scan(root);
    let mut programs: Vec<Program> = inventory.programs().map(Program::listing).collect();
    programs.extend(crate::markdown::programs(root, &work_dir.join("markdown")));
    build_and_run(root, work_dir, &programs)
}

/// Builds every listing of `programs` (paths under `root`) in `work_dir`
/// and runs each one that built.
pub fn build_and_run(root: &Path, work_dir: &Path, programs: &[Program]) -> Batch {
    let mut batch = Batch {
        runs: HashMap::new(),
        shown: programs.iter().map(|p| (p.name.clone(), p.shown.clone())).collect(),
        failure: None,
    };
    if programs.is_empty() {
        return batch;
    }
    fs::create_dir_all(work_dir).unwrap();
    write_if_changed(
        &work_dir.join("Cargo.toml"),
        &manifest::programs(
            Work::Programs.folder(),
            &programs.iter().map(|p| (p.name.clone(), p.path.clone())).collect::<Vec<_>>(),
        ),
    );
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let build = Command::new(cargo)
        .current_dir(work_dir)
        .args(["build", "--bins", "--keep-going", "--message-format=json"])
        .env("CARGO_TARGET_DIR", work_dir.join("target"))
        .env("RUSTFLAGS", "-D warnings")
        .env_remove("CARGO_BUILD_TARGET")
        .stderr(Stdio::piped())
        .output()
        .expect("cannot run cargo");
    let prefix = format!("{}/", root.display());
    let mut executables: HashMap<String, PathBuf> = HashMap::new();
    let mut messages: HashMap<String, String> = HashMap::new();
    for line in String::from_utf8_lossy(&build.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let target = message["target"]["name"].as_str().unwrap_or("").to_string();
        match message["reason"].as_str() {
            Some("compiler-artifact") => {
                if let Some(exe) = message["executable"].as_str() {
                    executables.insert(target, PathBuf::from(exe));
                }
            }
            Some("compiler-message") => {
                let rendered = message["message"]["rendered"].as_str().unwrap_or("");
                messages
                    .entry(target)
                    .or_default()
                    .push_str(&rendered.replace(&prefix, ""));
            }
            _ => {}
        }
    }
    for program in programs {
        let name = &program.name;
        let result = match executables.get(name) {
            Some(exe) if program.run => run(exe)
                .map(Some)
                .map_err(|problem| Problem::in_file(&program.shown, problem)),
            Some(_) => Ok(None),
            None => {
                let mut text = messages.get(name).cloned().unwrap_or_default();
                for (from, to) in &program.rename {
                    text = text.replace(from, to);
                }
                let line = first_location(&text, &program.shown);
                let message = format!("does not compile warning-free:\n{text}");
                Err(match line {
                    Some(line) => Problem::at(&program.shown, line, message),
                    None => Problem::in_file(&program.shown, message),
                })
            }
        };
        batch.runs.insert(name.clone(), result);
    }
    if !build.status.success() && executables.len() + messages.len() == 0 {
        batch.failure = Some(String::from_utf8_lossy(&build.stderr).replace(&prefix, ""));
    }
    batch
}

/// Checks each listing of `kind` in the batch with `verify`, or writes its
/// snapshot when blessing.
pub fn check(
    batch: &Batch,
    listings: &[&Listing],
    kind: Kind,
    bless: bool,
    verify: impl Fn(&Listing, &Run, bool) -> Result<Checked, Problem>,
) -> Report {
    let mut report = Report::default();
    if let Some(failure) = &batch.failure {
        report.push(Problem::in_file("Cargo.toml", format!("cargo build of the listings failed:\n{failure}")));
    }
    for listing in listings.iter().filter(|l| l.kind == kind) {
        let Some(result) = batch.runs.get(&listing.unique_name()) else {
            continue;
        };
        match result {
            Err(problem) => report.push(problem.clone()),
            Ok(None) => {}
            Ok(Some(run)) => crate::snapshot::tally(&mut report, &listing.snapshot_shown(), verify(listing, run, bless)),
        }
    }
    report
}

/// The line of the first `--> file:LINE:COL` in a compiler message.
fn first_location(text: &str, file: &str) -> Option<usize> {
    let at = text.find(&format!("--> {file}:"))? + file.len() + 5;
    text[at..].split(':').next()?.parse().ok()
}

pub fn describe(code: Option<i32>) -> String {
    code.map_or_else(|| "a signal".to_string(), |c| format!("status {c}"))
}

fn run(exe: &Path) -> Result<Run, String> {
    let mut command = Command::new(exe);
    command.env_remove("RUST_BACKTRACE").env_remove("RUST_LIB_BACKTRACE");
    run_command(command, TIME_LIMIT)
}

/// Runs `command` with no stdin, both outputs read to the end, killed if it
/// is still running after `limit`.
pub fn run_command(mut command: Command, limit: Duration) -> Result<Run, String> {
    let shown = format!("{:?}", command.get_program());
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    let reader = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = reader(Box::new(child.stdout.take().unwrap()));
    let stderr = reader(Box::new(child.stderr.take().unwrap()));
    let Some(status) = child.wait_timeout(limit).map_err(|e| e.to_string())? else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(format!("still running after {limit:?}: killed"));
    };
    use std::os::unix::process::ExitStatusExt;
    Ok(Run {
        code: status.code(),
        signal: status.signal(),
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    })
}

pub fn write_if_changed(path: &Path, contents: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    fs::write(path, contents).unwrap();
}
