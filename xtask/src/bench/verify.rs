//! Section 1: verification (`cargo test`) against its floor, the least any
//! harness must do: build the runs and panics listings and check the
//! does-not-compile ones, once, cold.

use book_model::foreign;
use book_model::record::two_at_a_time;
use book_model::work::{self, Work};
use book_model::{Inventory, Kind, manifest};
use super::median;
use super::table::{Table, secs};
use anyhow::{Context, Result, bail};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Returns `cargo test` (cold, warm).
pub fn verification(
    root: &Path,
    bench: &Path,
    runs: usize,
    table: &mut Table,
) -> Result<(f64, f64)> {
    let listings = book_model::inventory::scan(root);
    eprintln!("bench: the floor (batched build + check of the listings, cold) x{runs}");
    let floor = median(
        (0..runs)
            .map(|_| floor(bench, &listings))
            .collect::<Result<_, _>>()?,
    )?;
    eprintln!("bench: cargo test, compiling the test binaries first (not timed)");
    cargo_test(root, &["--no-run"])?;
    // The whole `cargo test`, and the book's own suite alone (tests/book:
    // listings, lints, Markdown, mistakes), without xtask's tests (the book
    // build, the browser and PDF tests), whose cost no listing changes.
    // WHOLE is the README's test command, `cargo xtask test`, which runs
    // the same test binaries as `cargo test`, all at once.
    const WHOLE: &[&str] = &[];
    const HARNESS: &[&str] = &["--package", "rust-memory-book"];
    let mut cold = (Vec::new(), Vec::new());
    for (scope, times) in [(WHOLE, &mut cold.0), (HARNESS, &mut cold.1)] {
        eprintln!("bench: cargo test {} cold x{runs}", scope.join(" "));
        for _ in 0..runs {
            clean_listing_builds(root);
            times.push(cargo_test(root, scope)?);
        }
    }
    let (cold, cold_harness) = (median(cold.0)?, median(cold.1)?);
    // The same with the browser tests' recorded verdicts removed as well, so
    // that Chromium drives every page and prints the PDF again.
    eprintln!("bench: cargo test cold, browser verdicts removed too x{runs}");
    let mut uncached = Vec::new();
    for _ in 0..runs {
        clean_listing_builds(root);
        let _ = fs::remove_dir_all(root.join("target/browser-verdicts"));
        uncached.push(cargo_test(root, WHOLE)?);
    }
    let uncached = median(uncached)?;
    let mut warm = (Vec::new(), Vec::new());
    for (scope, times) in [(WHOLE, &mut warm.0), (HARNESS, &mut warm.1)] {
        // The cold runs above left every harness cache filled.
        eprintln!("bench: cargo test {} warm x{runs}", scope.join(" "));
        for _ in 0..runs {
            times.push(cargo_test(root, scope)?);
        }
    }
    let (warm, warm_harness) = (median(warm.0)?, median(warm.1)?);
    // One runs listing, one does-not-compile listing, one page: a comment
    // line appended to the listing, a sentence to the page.
    let edit = |file: Option<(PathBuf, String)>, line: &str| -> Result<Option<(f64, f64, String)>> {
        let Some((path, shown)) = file else {
            return Ok(None);
        };
        eprintln!("bench: cargo xtask test after editing {shown} x{runs}");
        let (mut whole, mut harness) = (Vec::new(), Vec::new());
        for i in 0..runs {
            for (scope, times) in [(WHOLE, &mut whole), (HARNESS, &mut harness)] {
                let _edited = Edit::append(&path, &format!("{line} ({i}{})\n", scope.len()))?;
                times.push(cargo_test(root, scope)?);
            }
        }
        Ok(Some((median(whole)?, median(harness)?, shown)))
    };
    let listing = |kind: Kind| listings.of_kind(kind).next().map(|l| (l.path.clone(), l.shown.clone()));
    let page = Some((root.join("src/ownership/moves.md"), "src/ownership/moves.md".to_string()));
    let edit_runs = edit(listing(Kind::Runs), "// edited by cargo xtask bench")?;
    let edit_fails = edit(listing(Kind::Fails), "// edited by cargo xtask bench")?;
    let edit_page = edit(page, "\nThis sentence was appended to time the tests")?;
    // Leave the harness warm, with every listing as it was (xtask's tests
    // keep nothing between runs).
    cargo_test(root, HARNESS)?;

    table.section("Verification (`cargo test`) against its floor");
    table.row(
        "floor: one batched `cargo build` of the runs, panics and ub listings + one `cargo check` of the does-not-compile listings, cold, + one Miri run of each listing Miri checks + one build and run of each C/C++ listing (and one run of each Python and Java listing), two at a time",
        secs(floor),
        &format!(
            "{} runs + {} panics + {} ub, {} does-not-compile; Miri: {} listings; {} C/C++, {} Python/Java",
            listings.of_kind(Kind::Runs).count(),
            listings.of_kind(Kind::Panics).count(),
            listings.of_kind(Kind::Ub).count(),
            listings.of_kind(Kind::Fails).count(),
            listings.listings.iter().filter(|l| l.checked_by_miri()).count(),
            listings.of_kind(Kind::C).count() + listings.of_kind(Kind::Cpp).count(),
            listings.of_kind(Kind::Python).count() + listings.of_kind(Kind::Java).count()
        ),
    );
    table.row(
        "`cargo xtask test`, cold (listing builds and harness caches removed; test binaries compiled; browser verdicts kept)",
        secs(cold),
        "target: within 1.5 x the floor",
    );
    table.row("cold/floor", format!("cold/floor: {:.2}", cold / floor), "");
    table.row(
        "`cargo xtask test`, cold, with the browser tests' verdicts removed too (every page driven, the PDF printed)",
        secs(uncached),
        &format!("{:.2} x the floor", uncached / floor),
    );
    table.row(
        "`cargo test --package rust-memory-book` (the book's suite alone, without xtask's build, browser and PDF tests), cold",
        secs(cold_harness),
        &format!("harness cold/floor: {:.2}", cold_harness / floor),
    );
    table.row(
        "`cargo xtask test`, warm (nothing changed)",
        secs(warm),
        "target: at most 5 s",
    );
    table.row(
        "`cargo test --package rust-memory-book`, warm",
        secs(warm_harness),
        "",
    );
    for (what, result) in [
        ("one runs listing", &edit_runs),
        ("one does-not-compile listing", &edit_fails),
        ("one page", &edit_page),
    ] {
        if let Some((whole, harness, shown)) = result {
            table.row(
                &format!("`cargo xtask test` after editing {what}"),
                secs(*whole),
                &format!(
                    "{shown}; target: at most 12 s; `cargo test --package rust-memory-book` alone: {} (target: at most 3 s)",
                    secs(*harness)
                ),
            );
        }
    }
    Ok((cold, warm))
}

/// Appends a line to a file and puts the original back when dropped.
struct Edit {
    path: PathBuf,
    original: Vec<u8>,
}

impl Edit {
    fn append(path: &Path, line: &str) -> Result<Edit> {
        let original = fs::read(path).with_context(|| path.display().to_string())?;
        let mut edited = original.clone();
        edited.extend_from_slice(line.as_bytes());
        fs::write(path, edited).with_context(|| path.display().to_string())?;
        Ok(Edit {
            path: path.to_path_buf(),
            original,
        })
    }
}

impl Drop for Edit {
    fn drop(&mut self) {
        if let Err(e) = fs::write(&self.path, &self.original) {
            eprintln!("bench: could not restore {}: {e}", self.path.display());
        }
    }
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// The floor: one generated package with a binary per listing; one cold
/// `cargo build` of the runs and panics listings, then one `cargo check`
/// of the does-not-compile ones (which fail, as they must), timed together.
fn floor(bench: &Path, listings: &Inventory) -> Result<f64> {
    let dir = bench.join("floor");
    let target = dir.join("target");
    let _ = fs::remove_dir_all(&target);
    fs::create_dir_all(&dir)?;
    let mut build = Vec::new();
    let mut check = Vec::new();
    let mut bins = Vec::new();
    for listing in listings.listings.iter().filter(|l| !l.kind.is_foreign()) {
        let name = listing.unique_name();
        bins.push((name.clone(), listing.path.clone()));
        if listing.kind.is_program() {
            build.extend(["--bin".to_string(), name]);
        } else {
            check.extend(["--bin".to_string(), name]);
        }
    }
    let manifest = manifest::programs("floor", &bins);
    fs::write(dir.join("Cargo.toml"), manifest)?;
    let start = Instant::now();
    for (command, bins) in [("build", &build), ("check", &check)] {
        if bins.is_empty() {
            continue;
        }
        let output = cargo()
            .current_dir(&dir)
            .args([command, "--quiet", "--keep-going", "--color=never"])
            .args(bins)
            .env("CARGO_TARGET_DIR", &target)
            .env_remove("RUSTFLAGS")
            .output()
            .context("cannot run cargo")?;
        if command == "build" && !output.status.success() {
            bail!(
                "the floor's build failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
    other_tools(&dir, listings)?;
    Ok(start.elapsed().as_secs_f64())
}

/// The least the other tools must do, two at a time as the harness runs
/// them: one Miri run of each listing Miri checks (cold: its own target
/// directory), one build and run of each C and C++ listing with its
/// sanitizers (or Valgrind), one run of each Python and Java listing.
fn other_tools(dir: &Path, listings: &Inventory) -> Result<()> {
    let miri: Vec<&book_model::Listing> = listings.listings.iter().filter(|l| l.checked_by_miri()).collect();
    let miri_dir = dir.join("miri");
    let _ = fs::remove_dir_all(&miri_dir);
    fs::create_dir_all(&miri_dir)?;
    let bins: Vec<(String, PathBuf)> = miri.iter().map(|l| (l.unique_name(), l.path.clone())).collect();
    fs::write(miri_dir.join("Cargo.toml"), manifest::programs("floor-miri", &bins))?;
    let mut jobs: Vec<Command> = Vec::new();
    for listing in &miri {
        let mut command = Command::new("rustup");
        command
            .current_dir(&miri_dir)
            .args(["run", work::MIRI_TOOLCHAIN, "cargo", "miri", "run", "--quiet", "--bin"])
            .arg(listing.unique_name())
            .env("CARGO_TARGET_DIR", miri_dir.join("target"))
            .env("MIRIFLAGS", listing.miri_flags().join(" "))
            .env_remove("RUSTUP_TOOLCHAIN")
            .env_remove("CARGO")
            .env_remove("RUSTC");
        jobs.push(command);
    }
    let native = dir.join("native");
    let _ = fs::remove_dir_all(&native);
    for listing in listings.listings.iter().filter(|l| l.kind.is_foreign()) {
        let work = native.join(listing.unique_name());
        fs::create_dir_all(&work)?;
        fs::copy(&listing.path, work.join(listing.path.file_name().unwrap()))?;
        // The commands the suite runs and shows (`book_model::foreign`).
        let commands = foreign::commands(listing, &fs::read_to_string(&listing.path)?);
        let mut command = Command::new("sh");
        command.current_dir(&work).args(["-c", &commands.join(" && ")]);
        jobs.push(command);
    }
    // Their verdicts do not matter here, only their cost.
    let jobs: Vec<std::sync::Mutex<Command>> = jobs.into_iter().map(std::sync::Mutex::new).collect();
    two_at_a_time(&jobs, |job| {
        let _ = job.lock().unwrap().stdin(Stdio::null()).output();
    });
    Ok(())
}

/// What the harness builds and caches for the listings: removed for a cold
/// run. Compiled test binaries and their dependencies stay.
fn clean_listing_builds(root: &Path) {
    let target = root.join("target");
    let generated = [Work::Programs, Work::Fails, Work::Fixtures, Work::Miri, Work::Native].map(Work::folder);
    for dir in generated.into_iter().chain(["tests/trybuild", "tmp"]) {
        let _ = fs::remove_dir_all(target.join(dir));
    }
}

/// Runs `cargo test` with `args`, or the README's `cargo xtask test` when
/// `args` is empty, returning its wall time; it must pass.
fn cargo_test(root: &Path, args: &[&str]) -> Result<f64> {
    let mut command = cargo();
    if args.is_empty() {
        command.args(["xtask", "test"]);
    } else {
        command.args(["test", "--quiet", "--color=never"]).args(args);
    }
    let start = Instant::now();
    let output = command
        .current_dir(root)
        .stdin(Stdio::null())
        .output()
        .context("cannot run cargo")?;
    let time = start.elapsed().as_secs_f64();
    if !output.status.success() {
        bail!(
            "`cargo test` failed; fix the book first:\n{}{}",
            tail(&String::from_utf8_lossy(&output.stdout), 60),
            tail(&String::from_utf8_lossy(&output.stderr), 20)
        );
    }
    Ok(time)
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    let mut out = all[all.len().saturating_sub(lines)..].join("\n");
    out.push('\n');
    out
}
