//! `cargo xtask bench [--runs N] [--only SECTION]`: how fast the book is
//! verified, built and downloaded, measured in one run on this machine
//! (medians of N runs, 3 by default). BENCHMARKS.md says what each row
//! means and holds a result.
//!
//! Everything it builds goes under `target/bench/`. While it measures a
//! `cargo test` after an edit, it appends a comment line to one listing and
//! puts the file back afterwards (also if the run fails).
//!
//! One module a section of the table: `verify` (the suite against its
//! floor), `peer` (`mdbook test`), `build` (the HTML build and exports) and
//! `bytes` (what a reader downloads); `stock` is the stock mdBook setup
//! `bytes` compares with, and `table` the Markdown table they fill. The
//! listings they measure are `book_model`'s.

mod build;
mod bytes;
mod peer;
mod stock;
mod table;
mod verify;

use anyhow::{Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use table::Table;
use xtask::root;

#[derive(clap::Args)]
pub struct Args {
    /// How many times each row is measured (the table shows the median)
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..))]
    runs: u32,
    /// Measure only this section (repeatable); all four by default
    #[arg(long, value_enum)]
    only: Vec<Section>,
}

#[derive(clap::ValueEnum, Clone, Copy, PartialEq)]
enum Section {
    Verify,
    Peer,
    Build,
    Bytes,
}

/// This program, as found when the bench started: the `cargo test` runs
/// may build the xtask binary again, and then the running one's own path
/// (`/proc/self/exe`) names a deleted file.
static XTASK: OnceLock<PathBuf> = OnceLock::new();

pub fn run(args: &Args) -> Result<()> {
    if let Ok(me) = std::env::current_exe() {
        let _ = XTASK.set(me);
    }
    let runs = args.runs as usize;
    let wanted = |section| args.only.is_empty() || args.only.contains(&section);
    let root = root();
    let bench = root.join("target/bench");
    std::fs::create_dir_all(&bench)?;
    let started = Instant::now();
    let mut table = Table::default();
    let mut ours = None;
    if wanted(Section::Verify) {
        ours = Some(verify::verification(&root, &bench, runs, &mut table)?);
    }
    if wanted(Section::Peer) {
        peer::peer(&root, runs, ours, &mut table)?;
    }
    let html = bench.join("html");
    if wanted(Section::Build) || wanted(Section::Bytes) {
        build::builds(&root, &html, runs, wanted(Section::Build), &mut table)?;
    }
    let mut method = "";
    if wanted(Section::Bytes) {
        method = bytes::bytes(&root, &bench, &html, &mut table)?;
    }
    println!(
        "\n{} on {}, {runs} run(s) each, median{}.\n",
        utc_now(),
        machine(),
        if method.is_empty() {
            String::new()
        } else {
            format!("; bytes: {method}")
        }
    );
    print!("{}", table.render());
    eprintln!("bench: done in {:.0?}", started.elapsed());
    Ok(())
}

fn median(mut values: Vec<f64>) -> Result<f64> {
    if values.is_empty() {
        bail!("no measurement");
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Ok(if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    })
}

/// `<tool> -V`, run from `dir` (rustup picks the toolchain by folder;
/// `mdbook test` runs rustdoc from a temporary folder).
fn tool_version(dir: &Path, tool: &str) -> String {
    Command::new(tool)
        .current_dir(dir)
        .arg("-V")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|e| format!("{tool}: {e}"))
}

fn utc_now() -> String {
    Command::new("date")
        .args(["-u", "+%Y-%m-%d %H:%M UTC"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(Duration::ZERO, |d| d)
                .as_secs();
            format!("{secs} s after the Unix epoch")
        })
}

/// The CPU model, the number of cores and the memory, where Linux says.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_string())
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|l| l.trim().trim_end_matches(" kB").parse::<u64>().ok())
        .map_or(String::new(), |kb| {
            format!(", {:.0} GiB", kb as f64 / 1024.0 / 1024.0)
        });
    format!(
        "{model}, {cores} cores{memory}, {} {}",
        std::env::consts::OS,
        tool_version(&root(), "rustc")
    )
}
