//! The runs and panics listings are programs: all of them are built in one
//! `cargo build` of a generated crate (one binary per listing, warnings
//! denied), then each binary is run once, and `runs` or `panics` compares
//! what it printed with its snapshot.

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
    pub stdout: String,
    pub stderr: String,
}

/// The batch: for each program listing, its run, or why it has none.
pub struct Batch {
    pub runs: HashMap<PathBuf, Result<Run, Problem>>,
    /// The build failed without any listing to blame (cargo's own output).
    pub failure: Option<String>,
}

/// The batch of the book's own listings, built and run once per test run
/// for the `runs` and `panics` tests.
pub fn of_book() -> &'static Batch {
    static BATCH: OnceLock<Batch> = OnceLock::new();
    BATCH.get_or_init(|| {
        let inventory = book_model::inventory::scan(crate::root());
        let programs: Vec<&Listing> = inventory.programs().collect();
        build_and_run(crate::root(), &Work::Programs.dir(&crate::target_dir()), &programs)
    })
}

/// Builds every listing of `programs` (paths under `root`) in `work_dir`
/// and runs each one that built.
pub fn build_and_run(root: &Path, work_dir: &Path, programs: &[&Listing]) -> Batch {
    let mut batch = Batch {
        runs: HashMap::new(),
        failure: None,
    };
    if programs.is_empty() {
        return batch;
    }
    fs::create_dir_all(work_dir).unwrap();
    write_if_changed(
        &work_dir.join("Cargo.toml"),
        &manifest::programs(Work::Programs.folder(), programs),
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
    for listing in programs {
        let name = listing.unique_name();
        let result = match executables.get(&name) {
            Some(exe) => run(exe).map_err(|problem| Problem::in_file(&listing.shown, problem)),
            None => Err(Problem::in_file(
                &listing.shown,
                format!(
                    "does not compile (a {} listing must compile warning-free):\n{}",
                    listing.kind.folder(),
                    messages.get(&name).map_or("", String::as_str)
                ),
            )),
        };
        batch.runs.insert(listing.path.clone(), result);
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
        let Some(result) = batch.runs.get(&listing.path) else {
            continue;
        };
        match result {
            Err(problem) => report.push(problem.clone()),
            Ok(run) => {
                report.checked += 1;
                match verify(listing, run, bless) {
                    Ok(Checked::Same) => {}
                    Ok(Checked::Blessed) => report.blessed.push(listing.snapshot_shown()),
                    Err(problem) => report.push(problem),
                }
            }
        }
    }
    report
}

pub fn describe(code: Option<i32>) -> String {
    code.map_or_else(|| "a signal".to_string(), |c| format!("status {c}"))
}

fn run(exe: &Path) -> Result<Run, String> {
    let mut child = Command::new(exe)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
    let reader = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = reader(Box::new(child.stdout.take().unwrap()));
    let stderr = reader(Box::new(child.stderr.take().unwrap()));
    let Some(status) = child.wait_timeout(TIME_LIMIT).map_err(|e| e.to_string())? else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(format!("still running after {TIME_LIMIT:?}: killed"));
    };
    Ok(Run {
        code: status.code(),
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
