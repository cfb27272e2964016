//! Runs- and panics-listings: all built in one `cargo build` of a generated
//! crate (one binary per listing, warnings denied), then each binary is run
//! and what it printed is compared with its snapshot.

use crate::listing::{Kind, Listing};
use crate::snapshot::{self, Checked};
use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A listing that runs longer than this has hung.
const TIME_LIMIT: Duration = Duration::from_secs(20);

/// What a check of the programs found.
#[derive(Default)]
pub struct Report {
    pub failures: Vec<String>,
    pub blessed: Vec<String>,
    pub checked: usize,
}

/// Builds every runs- and panics-listing of `listings` (paths under `root`)
/// in `work_dir`, runs them and checks their output against the snapshots.
pub fn check(root: &Path, work_dir: &Path, listings: &[&Listing], bless: bool) -> Report {
    let mut report = Report::default();
    let programs: Vec<&Listing> = listings
        .iter()
        .copied()
        .filter(|l| l.kind != Kind::Fails)
        .collect();
    if programs.is_empty() {
        return report;
    }
    fs::create_dir_all(work_dir).unwrap();
    write_if_changed(&work_dir.join("Cargo.toml"), &manifest(&programs));

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let build = Command::new(cargo)
        .current_dir(work_dir)
        .args([
            "build",
            "--bins",
            "--keep-going",
            "--quiet",
            "--color=never",
        ])
        .env("CARGO_TARGET_DIR", work_dir.join("target"))
        .env("RUSTFLAGS", "-D warnings")
        .env_remove("CARGO_BUILD_TARGET")
        .output()
        .expect("cannot run cargo");
    let build_log = String::from_utf8_lossy(&build.stderr).replace(&root_prefix(root), "");

    for listing in programs {
        let bin = bin_name(listing);
        if !build.status.success() && failed_to_build(&build_log, &bin) {
            report.failures.push(format!(
                "{}: does not compile (a {} listing must compile warning-free):\n{}",
                listing.shown,
                listing.kind.folder(),
                messages_about(&build_log, &listing.shown)
            ));
            continue;
        }
        let exe = work_dir.join("target/debug").join(&bin);
        report.checked += 1;
        match run(&exe) {
            Err(problem) => report
                .failures
                .push(format!("{}: {problem}", listing.shown)),
            Ok(run) => match verify(root, listing, run, bless) {
                Ok(Checked::Same) => {}
                Ok(Checked::Blessed) => report.blessed.push(listing.snapshot_shown()),
                Err(problem) => report.failures.push(problem),
            },
        }
    }
    if !build.status.success() && report.failures.is_empty() {
        report
            .failures
            .push(format!("cargo build of the listings failed:\n{build_log}"));
    }
    report
}

/// Under `cargo xtask bless` (BOOK_BLESS=1) the snapshots are rewritten.
#[test]
fn runs_and_panics_listings_print_their_snapshots() {
    let inventory = crate::listing::scan(crate::root());
    let listings: Vec<_> = inventory.listings.iter().collect();
    let work_dir = crate::target_dir().join("book-listings");
    let report = check(crate::root(), &work_dir, &listings, crate::blessing());
    for blessed in &report.blessed {
        eprintln!("blessed {blessed}: read it before you commit");
    }
    assert!(
        report.failures.is_empty(),
        "{} of {} listings failed:\n\n{}",
        report.failures.len(),
        report.checked,
        report.failures.join("\n\n")
    );
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn verify(root: &Path, listing: &Listing, run: Run, bless: bool) -> Result<Checked, String> {
    let shown = &listing.shown;
    match listing.kind {
        Kind::Runs => {
            if run.code != Some(0) {
                return Err(format!(
                    "{shown}: exited with {} instead of 0 (a runs listing must succeed)\n\
                     stderr:\n{}",
                    describe(run.code),
                    run.stderr
                ));
            }
            if !run.stderr.is_empty() {
                return Err(format!(
                    "{shown}: wrote to stderr, which the book does not show \
                     (print with println!):\n{}",
                    run.stderr
                ));
            }
            snapshot::check(
                &listing.snapshot(),
                &listing.snapshot_shown(),
                &run.stdout,
                bless,
            )
        }
        Kind::Panics => {
            if run.code != Some(101) {
                return Err(format!(
                    "{shown}: exited with {} instead of panicking (exit status 101)\n\
                     stdout:\n{}stderr:\n{}",
                    describe(run.code),
                    run.stdout,
                    run.stderr
                ));
            }
            if !run.stdout.is_empty() {
                return Err(format!(
                    "{shown}: wrote to stdout, which the book does not show for a \
                     panics listing (print with eprintln!):\n{}",
                    run.stdout
                ));
            }
            let stderr = normalize_panic(&run.stderr, root);
            snapshot::check(
                &listing.snapshot(),
                &listing.snapshot_shown(),
                &stderr,
                bless,
            )
        }
        Kind::Fails => unreachable!("does-not-compile listings are trybuild's"),
    }
}

fn describe(code: Option<i32>) -> String {
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
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        stderr.read_to_end(&mut s).map(|_| s)
    });
    let (done, finished) = mpsc::channel();
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let result = stdout.read_to_end(&mut s).map(|_| s);
        let _ = done.send(());
        result
    });
    if finished.recv_timeout(TIME_LIMIT).is_err() {
        let _ = child.kill();
        let _ = child.wait();
        return Err(format!("still running after {TIME_LIMIT:?}: killed"));
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    let text =
        |bytes: std::io::Result<Vec<u8>>| String::from_utf8_lossy(&bytes.unwrap()).into_owned();
    Ok(Run {
        code: status.code(),
        stdout: text(out_reader.join().unwrap()),
        stderr: text(err_reader.join().unwrap()),
    })
}

/// The panic message names the listing by its absolute path, and since Rust
/// 1.91 the thread's id, which changes on every run: drop both.
pub fn normalize_panic(stderr: &str, root: &Path) -> String {
    let stderr = stderr.replace(&root_prefix(root), "");
    let mut out = String::with_capacity(stderr.len());
    for line in stderr.split_inclusive('\n') {
        out.push_str(&drop_thread_id(line));
    }
    out
}

/// `thread 'main' (12345) panicked at` becomes `thread 'main' panicked at`.
fn drop_thread_id(line: &str) -> String {
    if let Some(rest) = line.strip_prefix("thread '")
        && let Some(end) = rest.find("' (")
    {
        let after = &rest[end + 3..];
        if let Some(close) = after.find(") ")
            && !after[..close].is_empty()
            && after[..close].chars().all(|c| c.is_ascii_digit())
        {
            return format!("thread '{}'{}", &rest[..end], &after[close + 1..]);
        }
    }
    line.to_string()
}

fn root_prefix(root: &Path) -> String {
    format!("{}/", root.display())
}

fn bin_name(listing: &Listing) -> String {
    format!(
        "{}__{}__{}",
        listing.chapter,
        listing.kind.folder(),
        listing.name
    )
}

fn manifest(programs: &[&Listing]) -> String {
    let mut toml = String::from(
        "# Written by tests/book/programs.rs: one binary per listing.\n\
         [package]\nname = \"book-listings\"\nversion = \"0.0.0\"\n\
         edition = \"2024\"\npublish = false\nautobins = false\n\n\
         [workspace]\n\n[profile.dev]\ndebug = false\n",
    );
    for listing in programs {
        toml.push_str(&format!(
            "\n[[bin]]\nname = \"{}\"\npath = {:?}\ntest = false\nbench = false\n",
            bin_name(listing),
            listing.path.display().to_string()
        ));
    }
    toml
}

/// cargo says `could not compile `book-listings` (bin "NAME")` for each
/// binary that failed with --keep-going.
fn failed_to_build(log: &str, bin: &str) -> bool {
    log.contains(&format!("(bin \"{bin}\")"))
}

/// The compiler's messages whose location is in `shown`, with their bodies.
fn messages_about(log: &str, shown: &str) -> String {
    let mut out = String::new();
    for block in log.split("\n\n") {
        if block.contains(&format!("--> {shown}:")) {
            out.push_str(block);
            out.push_str("\n\n");
        }
    }
    if out.is_empty() { log.to_string() } else { out }
}

fn write_if_changed(path: &Path, contents: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    fs::write(path, contents).unwrap();
}
