//! The listings in other languages: C and C++ compiled by the machine's gcc
//! and g++ with AddressSanitizer and UndefinedBehaviorSanitizer (or, for a
//! listing that says `//@ detector: valgrind`, without them and run under
//! Valgrind's memcheck), Python run by python3 and Java by `java`.
//!
//! Each listing is copied into a folder of its own (`Work::Native`) and
//! built and run there, with the file's own name, by exactly the commands
//! its C or C++ snapshot shows: the snapshot is that console transcript,
//! normalized (`normalize`). Python and Java listings print their
//! `.stdout` snapshot and exit 0, like runs listings. A run that passed is
//! recorded, keyed on every input, and not run again until one changes.

use crate::snapshot;
use crate::tools;
use book_model::foreign::{commands, uses_valgrind};
use book_model::record::{Records, fingerprint, two_at_a_time};
use book_model::{Kind, Listing, Problem, Report, work::Work};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Runs one command line (split on spaces) in `dir`, with no sanitizer or
/// Valgrind options from the environment.
fn sh(dir: &Path, line: &str) -> Result<Output, String> {
    let words: Vec<&str> = line.split(' ').collect();
    let program = if words[0].starts_with("./") { dir.join(&words[0][2..]) } else { PathBuf::from(words[0]) };
    Command::new(&program)
        .args(&words[1..])
        .current_dir(dir)
        .env_remove("ASAN_OPTIONS")
        .env_remove("UBSAN_OPTIONS")
        .env_remove("LSAN_OPTIONS")
        .env_remove("VALGRIND_OPTS")
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run `{line}`: {e}"))
}

/// What one listing printed: the transcript (C, C++) or stdout (Python,
/// Java), or the problem that stopped it.
fn run(root: &Path, work_dir: &Path, listing: &Listing) -> Result<String, Problem> {
    let fail = |message: String| Problem::in_file(&listing.shown, message);
    let source = fs::read_to_string(&listing.path).map_err(|e| fail(e.to_string()))?;
    let dir = work_dir.join(listing.unique_name());
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let file = listing.path.file_name().unwrap();
    fs::write(dir.join(file), &source).unwrap();
    let file = file.to_string_lossy();
    let commands = commands(listing, &source);
    match listing.kind {
        Kind::C | Kind::Cpp => {
            let tool = if listing.kind == Kind::C { &tools::GCC } else { &tools::GXX };
            tool.check(root, book_model::work::blessing())?;
            if uses_valgrind(&source) {
                tools::VALGRIND.check(root, book_model::work::blessing())?;
            }
            let build = sh(&dir, &commands[0]).map_err(fail)?;
            let build_err = normalize(&String::from_utf8_lossy(&build.stderr), &dir, &file);
            if !build.status.success() {
                return Err(fail(format!("does not compile:\n$ {}\n{build_err}", commands[0])));
            }
            let run = sh(&dir, &commands[1]).map_err(fail)?;
            let mut out = format!("$ {}\n{build_err}$ {}\n", commands[0], commands[1]);
            out.push_str(&String::from_utf8_lossy(&run.stdout));
            out.push_str(&normalize(&String::from_utf8_lossy(&run.stderr), &dir, &file));
            Ok(out)
        }
        Kind::Python | Kind::Java => {
            let run = sh(&dir, &commands[0]).map_err(fail)?;
            let stderr = String::from_utf8_lossy(&run.stderr);
            if !run.status.success() || !stderr.is_empty() {
                return Err(fail(format!(
                    "`{}` exited with {:?} (it must exit 0 and write nothing to stderr):\n{stderr}",
                    commands[0],
                    run.status.code()
                )));
            }
            Ok(String::from_utf8_lossy(&run.stdout).into_owned())
        }
        _ => unreachable!("not a listing in another language"),
    }
}

/// A sanitizer's, Valgrind's or gcc's report made stable and short: the
/// work folder's path taken off the listing's, process ids and addresses
/// (which change every run) replaced, the shadow-byte map (which moves with
/// the stack) and its legend left out, and of each stack trace only the
/// frame where it happened and the frames in the listing, with `...` where
/// frames inside the libraries were left out.
pub fn normalize(text: &str, dir: &Path, file: &str) -> String {
    let text = text.replace(&format!("{}/", dir.display()), "");
    let mut out: Vec<String> = Vec::new();
    let mut skipping_shadow = false;
    let mut dropped = false;
    for line in text.lines() {
        let line = pids(line);
        if line.starts_with("Shadow bytes around the buggy address:") {
            skipping_shadow = true;
            continue;
        }
        if skipping_shadow {
            if line.starts_with("==PID==") {
                skipping_shadow = false;
            } else {
                continue;
            }
        }
        if let Some((number, word, function, location)) = frame(&line) {
            let in_listing = location.contains(&format!("{file}:"));
            if in_listing || number == 0 {
                if dropped && out.last().is_some_and(|l| frame(l).is_some()) {
                    out.push(format!("{}...", frame_indent(&line)));
                }
                dropped = false;
                let location = if in_listing { format!(" {location}") } else { String::new() };
                let word = word.map_or(format!("#{number} in"), str::to_string);
                out.push(format!("{}{word} {function}{location}", frame_indent(&line)));
            } else {
                dropped = true;
            }
            continue;
        }
        dropped = false;
        let line = if line.starts_with("SUMMARY: ") && !line.contains(&format!("{file}:")) && line.contains('/') {
            // The bug's name, without the library file it was noticed in.
            let (head, rest) = line.split_at("SUMMARY: ".len());
            let mut words = rest.split(' ');
            let detector = words.next().unwrap_or("");
            let bug = words.next().unwrap_or("");
            format!("{head}{detector} {bug}")
        } else {
            line.replace("/usr/include/", "")
        };
        out.push(addresses(&line));
    }
    let mut text = out.join("\n");
    if !text.is_empty() {
        text.push('\n');
    }
    text
}

fn frame_indent(line: &str) -> String {
    let body = line.strip_prefix("==PID==").unwrap_or(line);
    let prefix = if line.starts_with("==PID==") { "==PID==" } else { "" };
    let spaces = body.len() - body.trim_start().len();
    format!("{prefix}{}", " ".repeat(spaces))
}

/// A stack frame: AddressSanitizer's `#N 0xADDR in FUNCTION LOCATION`, or
/// Valgrind's `at 0xADDR: FUNCTION (LOCATION)` / `by ...` (numbered 0 for
/// `at`). Returns the number, Valgrind's word, the function and the
/// location. Normalized frames (without the address) are frames too.
fn frame(line: &str) -> Option<(usize, Option<&'static str>, String, String)> {
    let body = line.strip_prefix("==PID==").unwrap_or(line).trim_start();
    if let Some(rest) = body.strip_prefix('#') {
        let (number, rest) = rest.split_once(' ')?;
        let number: usize = number.parse().ok()?;
        let rest = rest.strip_prefix("0x").map_or(rest, |r| r.split_once(' ').map_or(r, |(_, r)| r));
        // An unsymbolized frame has no function: `#2 0x7f.. ([stack]+0x2050f)`.
        let rest = rest.strip_prefix("in ").unwrap_or(rest);
        // The location is the last word: `file.c:8`, `(/lib/libc.so.6+0x1)`.
        let (function, location) = rest.rsplit_once(' ').unwrap_or((rest, ""));
        return Some((number, None, function.to_string(), location.to_string()));
    }
    if !line.starts_with("==PID==") {
        return None;
    }
    for (word, number) in [("at", 0), ("by", 1)] {
        if let Some(rest) = body.strip_prefix(word).and_then(|r| r.strip_prefix(' ')) {
            let rest = rest.strip_prefix("0x").map_or(rest, |r| r.split_once(": ").map_or(r, |(_, r)| r));
            let (function, location) = match rest.rsplit_once(' ') {
                Some((function, location)) if location.starts_with('(') => (function, location),
                _ => (rest, ""),
            };
            return Some((number, Some(word), function.to_string(), location.to_string()));
        }
    }
    None
}

/// `==12345==` becomes `==PID==`.
fn pids(line: &str) -> String {
    if let Some(rest) = line.strip_prefix("==")
        && let Some((pid, tail)) = rest.split_once("==")
        && !pid.is_empty()
        && pid.chars().all(|c| c.is_ascii_digit())
    {
        return format!("==PID=={tail}");
    }
    line.to_string()
}

/// Hexadecimal addresses become `ADDR`; small values (a null pointer and
/// what is near it, which the report is about) are kept.
fn addresses(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at]);
        let digits: String = rest[at + 2..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
        let value = u64::from_str_radix(&digits, 16).ok();
        if value.is_some_and(|v| v >= 0x10000) {
            out.push_str("ADDR");
        } else {
            out.push_str("0x");
            out.push_str(&digits);
        }
        rest = &rest[at + 2 + digits.len()..];
    }
    out.push_str(rest);
    out
}

/// Everything a run's verdict depends on: the listing, its snapshot, the
/// tools that build and run it, this harness.
fn key(listing: &Listing) -> String {
    let tools_in_use: &[&tools::Tool] = match listing.kind {
        Kind::C => &[&tools::GCC, &tools::VALGRIND],
        Kind::Cpp => &[&tools::GXX, &tools::VALGRIND],
        Kind::Python => &[&tools::PYTHON],
        _ => &[&tools::JAVA],
    };
    let versions: Vec<String> = tools_in_use.iter().map(|t| t.installed().unwrap_or_default()).collect();
    let files = [fs::read(&listing.path).unwrap_or_default(), fs::read(listing.snapshot()).unwrap_or_default()];
    fingerprint(
        files
            .iter()
            .map(Vec::as_slice)
            .chain(versions.iter().map(|v| v.as_bytes()))
            .chain([include_str!("native.rs").as_bytes()]),
    )
}

/// Checks (or, blessing, writes) every listing of `kind` of the book at
/// `root`, running those without a record of a passed check, two at a time.
pub fn check(root: &Path, work_dir: &Path, kind: Kind, bless: bool) -> Report {
    let inventory = book_model::inventory::scan(root);
    let listings: Vec<&Listing> = inventory.of_kind(kind).collect();
    let records = Records::in_work_dir(work_dir);
    let todo: Vec<&Listing> = listings.iter().copied().filter(|l| !records.passed(l, &key(l))).collect();
    let mut report = Report { cached: listings.len() - todo.len(), ..Report::default() };
    let results = two_at_a_time(&todo, |listing| {
        let result = run(root, work_dir, listing).and_then(|actual| {
            snapshot::check(&listing.snapshot(), &listing.snapshot_shown(), &actual, bless)
        });
        // A snapshot just written holds what the run printed.
        if result.is_ok() {
            records.record(listing, &key(listing));
        }
        result
    });
    for (listing, result) in todo.iter().zip(results) {
        snapshot::tally(&mut report, &listing.snapshot_shown(), result);
    }
    report
}

fn check_book(kind: Kind, module: &str) {
    crate::assert_bless_runs(module, kind);
    let work_dir = Work::Native.dir(&crate::target_dir());
    let report = check(crate::root(), &work_dir, kind, book_model::work::blessing());
    report.assert_ok(&format!("the {} listings", kind.badge()));
}

pub mod c {
    /// Under `cargo xtask bless` the snapshots are written instead.
    #[test]
    fn c_listings_build_and_run_as_their_transcript_shows() {
        super::check_book(book_model::Kind::C, module_path!());
    }
}

pub mod cpp {
    #[test]
    fn cpp_listings_build_and_run_as_their_transcript_shows() {
        super::check_book(book_model::Kind::Cpp, module_path!());
    }
}

pub mod python {
    #[test]
    fn python_listings_exit_0_and_print_their_stdout_snapshot() {
        super::check_book(book_model::Kind::Python, module_path!());
    }
}

pub mod java {
    #[test]
    fn java_listings_exit_0_and_print_their_stdout_snapshot() {
        super::check_book(book_model::Kind::Java, module_path!());
    }
}
