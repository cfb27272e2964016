//! Section 3: the book build and its exports.

use super::table::{Table, secs};
use super::{XTASK, median};
use anyhow::{Context, Result, bail};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;
use xtask::build_book;

/// Times the HTML build (`runs` times if `report`, else once) and, if
/// `report`, `cargo xtask export` and `pdf`. Leaves the HTML book in `html`.
pub fn builds(
    root: &Path,
    html: &Path,
    runs: usize,
    report: bool,
    table: &mut Table,
) -> Result<()> {
    let runs = if report { runs } else { 1 };
    eprintln!("bench: HTML build x{runs}");
    let mut times = Vec::new();
    for _ in 0..runs {
        let _ = std::fs::remove_dir_all(html);
        let start = Instant::now();
        build_book(root, html)?;
        times.push(start.elapsed().as_secs_f64());
    }
    if !report {
        return Ok(());
    }
    table.section("Book build and exports");
    table.row(
        "HTML build (`cargo xtask build`)",
        secs(median(times)?),
        "target: under 1 s",
    );
    for (command, what, target) in [
        ("export", "offline export", ""),
        ("pdf", "PDF export", "target: under 20 s"),
    ] {
        let time = xtask_command(root, command, runs)?;
        table.row(
            &format!("{what} (`cargo xtask {command}`)"),
            secs(time),
            target,
        );
    }
    Ok(())
}

/// Times `cargo xtask <command>`: this program, run as a reader runs it.
fn xtask_command(root: &Path, command: &str, runs: usize) -> Result<f64> {
    let me = XTASK.get().context("no path to xtask")?;
    eprintln!("bench: cargo xtask {command} x{runs}");
    let mut times = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        let output = Command::new(me)
            .current_dir(root)
            .arg(command)
            .stdin(Stdio::null())
            .output()
            .with_context(|| format!("cannot run {}", me.display()))?;
        if !output.status.success() {
            bail!(
                "`cargo xtask {command}` failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        times.push(start.elapsed().as_secs_f64());
    }
    median(times)
}
