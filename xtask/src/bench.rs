//! `cargo xtask bench [--runs N]`: how fast the book is verified, built and
//! downloaded, measured in one run on this machine (medians of N runs, 3 by
//! default). BENCHMARKS.md says what each row means and holds a result.
//!
//! Everything it builds goes under `target/bench/`. While it measures a
//! `cargo test` after an edit, it appends a comment line to one listing and
//! puts the file back afterwards (also if the run fails).

use mdbook_driver::MDBook;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use xtask::{build_book, root};

const SECTIONS: [&str; 4] = ["verify", "peer", "build", "bytes"];

/// This program, as found when the bench started: the `cargo test` runs
/// may build the xtask binary again, and then the running one's own path
/// (`/proc/self/exe`) names a deleted file.
static XTASK: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

pub fn run(args: &[String]) -> Result<(), String> {
    if let Ok(me) = std::env::current_exe() {
        let _ = XTASK.set(me);
    }
    let mut runs = 3;
    let mut only: Vec<String> = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => {
                runs = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n: &usize| n > 0)
                    .ok_or("--runs takes a number above 0")?;
            }
            "--only" => {
                let section = args.next().map(String::as_str).unwrap_or("");
                if !SECTIONS.contains(&section) {
                    return Err(format!("--only takes one of {}", SECTIONS.join(", ")));
                }
                only.push(section.to_string());
            }
            other => return Err(format!("bench: unknown argument `{other}`")),
        }
    }
    let wanted = |section: &str| only.is_empty() || only.iter().any(|s| s == section);
    let root = root();
    let bench = root.join("target/bench");
    fs::create_dir_all(&bench).map_err(|e| e.to_string())?;
    let started = Instant::now();
    let mut table = Table::default();
    let mut ours = None;
    if wanted("verify") {
        ours = Some(verification(&root, &bench, runs, &mut table)?);
    }
    if wanted("peer") {
        peer(&root, runs, ours, &mut table)?;
    }
    let html = bench.join("html");
    if wanted("build") || wanted("bytes") {
        builds(&root, &html, runs, wanted("build"), &mut table)?;
    }
    let mut method = "";
    if wanted("bytes") {
        method = bytes(&root, &bench, &html, &mut table)?;
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

/// Section 1: Verification against its floor. Returns `cargo test` (cold, warm).
fn verification(
    root: &Path,
    bench: &Path,
    runs: usize,
    table: &mut Table,
) -> Result<(f64, f64), String> {
    let listings = Listings::scan(root);
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
    let edit = |kind: &str| -> Result<Option<(f64, f64, String)>, String> {
        let Some(listing) = listings.first(kind) else {
            return Ok(None);
        };
        eprintln!("bench: cargo test after editing {} x{runs}", listing.1);
        let (mut whole, mut harness) = (Vec::new(), Vec::new());
        for i in 0..runs {
            for (scope, times) in [(WHOLE, &mut whole), (HARNESS, &mut harness)] {
                let _edited = Edit::append(
                    &listing.0,
                    &format!("// edited by cargo xtask bench ({i}{})\n", scope.len()),
                )?;
                times.push(cargo_test(root, scope)?);
            }
        }
        Ok(Some((median(whole)?, median(harness)?, listing.1.clone())))
    };
    let edit_runs = edit("runs")?;
    let edit_fails = edit("fails")?;
    // Leave the harness warm, with every listing as it was (xtask's tests
    // keep nothing between runs).
    cargo_test(root, HARNESS)?;

    table.section("Verification (`cargo test`) against its floor");
    table.row(
        "floor: one batched `cargo build` of the runs and panics listings + one `cargo check` of the does-not-compile listings, cold",
        secs(floor),
        &format!(
            "{} runs + {} panics, {} does-not-compile",
            listings.count("runs"),
            listings.count("panics"),
            listings.count("fails")
        ),
    );
    table.row(
        "`cargo test`, cold (listing builds and harness caches removed; test binaries compiled; browser verdicts kept)",
        secs(cold),
        "target: within 1.5 x the floor",
    );
    table.row("cold/floor", format!("cold/floor: {:.2}", cold / floor), "");
    table.row(
        "`cargo test`, cold, with the browser tests' verdicts removed too (every page driven, the PDF printed)",
        secs(uncached),
        &format!("{:.2} x the floor", uncached / floor),
    );
    table.row(
        "`cargo test --package rust-memory-book` (the book's suite alone, without xtask's build, browser and PDF tests), cold",
        secs(cold_harness),
        &format!("harness cold/floor: {:.2}", cold_harness / floor),
    );
    table.row(
        "`cargo test`, warm (nothing changed)",
        secs(warm),
        "target: under 5 s",
    );
    table.row(
        "`cargo test --package rust-memory-book`, warm",
        secs(warm_harness),
        "",
    );
    for (kind, result) in [("runs", &edit_runs), ("does-not-compile", &edit_fails)] {
        if let Some((whole, harness, shown)) = result {
            table.row(
                &format!("`cargo test` after editing one {kind} listing"),
                secs(*whole),
                &format!(
                    "{shown}; target: under 10 s; `--package rust-memory-book` alone: {}",
                    secs(*harness)
                ),
            );
        }
    }
    Ok((cold, warm))
}

/// Section 2: The peer approach: `mdbook test` (rustdoc on every Rust block).
fn peer(
    root: &Path,
    runs: usize,
    ours: Option<(f64, f64)>,
    table: &mut Table,
) -> Result<(), String> {
    eprintln!("bench: mdbook test x{runs}");
    let rustdoc = tool_version(&std::env::temp_dir(), "rustdoc");
    let mut times = Vec::new();
    let mut passed = true;
    for _ in 0..runs {
        let (time, ok) = mdbook_test(root)?;
        times.push(time);
        passed &= ok;
    }
    let time = median(times)?;
    table.section("The peer approach on the same book");
    let ratio = ours.map_or(String::new(), |(cold, warm)| {
        format!(
            "; mdbook test / our cargo test: {:.2} (cold), {:.2} (warm)",
            time / cold,
            time / warm
        )
    });
    table.row(
        "`mdbook test` (rustdoc on every Rust block, includes expanded)",
        secs(time),
        &format!(
            "{} with {rustdoc}{ratio}; compares no output and no error text",
            if passed {
                "passes"
            } else {
                "FAILS on this book"
            },
        ),
    );
    Ok(())
}

/// Section 3: Book build and exports. Leaves the HTML book in `html`.
fn builds(
    root: &Path,
    html: &Path,
    runs: usize,
    report: bool,
    table: &mut Table,
) -> Result<(), String> {
    let runs = if report { runs } else { 1 };
    eprintln!("bench: HTML build x{runs}");
    let mut times = Vec::new();
    for _ in 0..runs {
        let _ = fs::remove_dir_all(html);
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
        let value = match xtask_command(root, command, runs)? {
            Some(time) => secs(time),
            None => "n/a".into(),
        };
        table.row(&format!("{what} (`cargo xtask {command}`)"), value, target);
    }
    Ok(())
}

/// Section 4: What a reader downloads: ours beside a stock setup. Returns how the
/// bytes were counted.
fn bytes(
    root: &Path,
    bench: &Path,
    html: &Path,
    table: &mut Table,
) -> Result<&'static str, String> {
    eprintln!("bench: bytes a reader downloads");
    let stock = bench.join("stock");
    build_stock(root, &stock)?;
    let stock_html = stock.join("book");
    let diagrams = Some(xtask::audit::page_with_most_diagrams(html)).filter(|(_, n)| *n > 0);
    let browser = xtask::pdf::find_chromium().ok();
    let method = if browser.is_some() {
        "headless Chromium loads the page from a local server that counts the bytes it sends"
    } else {
        "no Chromium found, so a static count: the page, what its HTML and CSS reference \
         (every font the CSS declares) and mermaid.min.js where our loader fetches it"
    };
    let measure = |dir: &Path, page: &str, whole: bool| match &browser {
        Some(browser) => browser_transfer(browser, dir, page, whole),
        None => static_transfer(dir, page),
    };
    table.section("What a reader downloads (bytes)");
    let mut pages = vec![(
        "the introduction",
        "introduction.html".to_string(),
        0,
        false,
    )];
    if let Some((page, count)) = diagrams {
        pages.push(("the page with most diagrams", page.clone(), count, false));
        if browser.is_some() {
            pages.push((
                "the same, read to the end (every diagram in view)",
                page,
                count,
                true,
            ));
        }
    }
    for (what, page, count, whole) in &pages {
        let ours = measure(html, page, *whole)?;
        let theirs = measure(&stock_html, page, *whole)?;
        let count = if *count > 0 {
            format!(", {count} diagrams")
        } else {
            String::new()
        };
        table.row(
            &format!("{what}: `{page}`{count}"),
            format!("{} B", group(ours.bytes)),
            &format!(
                "stock mdBook + mdbook-mermaid: {} B; ours/stock: {:.2}{}; \
                 gzipped: {} B vs {} B, ours/stock {:.2}; {} requests vs {}",
                group(theirs.bytes),
                ours.bytes as f64 / theirs.bytes as f64,
                if page == "introduction.html" {
                    " (target: at most 0.20)"
                } else {
                    ""
                },
                group(ours.gzipped),
                group(theirs.gzipped),
                ours.gzipped as f64 / theirs.gzipped as f64,
                ours.requests,
                theirs.requests
            ),
        );
    }
    Ok(method)
}

// ---- Listings -----------------------------------------------------------

struct Listings {
    /// (kind folder, absolute path, path shown from the root), sorted.
    all: Vec<(String, PathBuf, String)>,
}

impl Listings {
    fn scan(root: &Path) -> Listings {
        let mut all = Vec::new();
        for chapter in sorted(&root.join("listings")) {
            for kind in ["runs", "fails", "panics"] {
                for file in sorted(&chapter.join(kind)) {
                    if file.extension().is_some_and(|e| e == "rs") {
                        let shown = file
                            .strip_prefix(root)
                            .unwrap()
                            .to_string_lossy()
                            .replace('\\', "/");
                        all.push((kind.to_string(), file, shown));
                    }
                }
            }
        }
        Listings { all }
    }

    fn of(&self, kind: &str) -> impl Iterator<Item = &(String, PathBuf, String)> {
        self.all.iter().filter(move |l| l.0 == kind)
    }

    fn count(&self, kind: &str) -> usize {
        self.of(kind).count()
    }

    fn first(&self, kind: &str) -> Option<(PathBuf, String)> {
        self.of(kind).next().map(|l| (l.1.clone(), l.2.clone()))
    }
}

fn sorted(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    paths
}

/// Appends a line to a file and puts the original back when dropped.
struct Edit {
    path: PathBuf,
    original: Vec<u8>,
}

impl Edit {
    fn append(path: &Path, line: &str) -> Result<Edit, String> {
        let original = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut edited = original.clone();
        edited.extend_from_slice(line.as_bytes());
        fs::write(path, edited).map_err(|e| format!("{}: {e}", path.display()))?;
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

// ---- Verification -------------------------------------------------------

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// The floor: one generated package with a binary per listing; one cold
/// `cargo build` of the runs and panics listings, then one `cargo check`
/// of the does-not-compile ones (which fail, as they must), timed together.
fn floor(bench: &Path, listings: &Listings) -> Result<f64, String> {
    let dir = bench.join("floor");
    let target = dir.join("target");
    let _ = fs::remove_dir_all(&target);
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut manifest = String::from(
        "# Written by `cargo xtask bench`: the floor, one binary per listing.\n\
         [package]\nname = \"floor\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
         publish = false\nautobins = false\n\n[workspace]\n\n\
         [profile.dev]\ndebug = false\n",
    );
    let mut build = Vec::new();
    let mut check = Vec::new();
    for (i, (kind, path, _)) in listings.all.iter().enumerate() {
        let name = format!("{kind}{i}");
        let _ = write!(
            manifest,
            "\n[[bin]]\nname = \"{name}\"\npath = {:?}\ntest = false\nbench = false\n",
            path.display().to_string()
        );
        if kind == "fails" {
            check.extend(["--bin".to_string(), name]);
        } else {
            build.extend(["--bin".to_string(), name]);
        }
    }
    fs::write(dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
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
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if command == "build" && !output.status.success() {
            return Err(format!(
                "the floor's build failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    Ok(start.elapsed().as_secs_f64())
}

/// What the harness builds and caches for the listings: removed for a cold
/// run. Compiled test binaries and their dependencies stay.
fn clean_listing_builds(root: &Path) {
    let target = root.join("target");
    for dir in [
        "book-listings",
        "book-fails",
        "book-fixtures",
        "tests/trybuild",
        "tmp",
    ] {
        let _ = fs::remove_dir_all(target.join(dir));
    }
}

/// Runs `cargo test` with `args`, returning its wall time; it must pass.
fn cargo_test(root: &Path, args: &[&str]) -> Result<f64, String> {
    let start = Instant::now();
    let output = cargo()
        .current_dir(root)
        .args(["test", "--quiet", "--color=never"])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let time = start.elapsed().as_secs_f64();
    if !output.status.success() {
        return Err(format!(
            "`cargo test` failed; fix the book first:\n{}{}",
            tail(&String::from_utf8_lossy(&output.stdout), 60),
            tail(&String::from_utf8_lossy(&output.stderr), 20)
        ));
    }
    Ok(time)
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    let mut out = all[all.len().saturating_sub(lines)..].join("\n");
    out.push('\n');
    out
}

// ---- The peer approach --------------------------------------------------

/// `mdbook test` through the pinned mdBook library: mdBook expands the
/// includes and hands each chapter to `rustdoc --test`, which compiles (and
/// runs) every Rust block: `compile_fail` must fail to compile, with any
/// error; `should_panic` must panic. Neither output nor error text is
/// compared.
fn mdbook_test(root: &Path) -> Result<(f64, bool), String> {
    let start = Instant::now();
    let mut book = MDBook::load(root).map_err(|e| format!("{e:#}"))?;
    book.with_preprocessor(mdbook_mermaid::Mermaid);
    let ok = match book.test(Vec::new()) {
        Ok(()) => true,
        Err(e) => {
            eprintln!("bench: mdbook test: {e:#}");
            false
        }
    };
    Ok((start.elapsed().as_secs_f64(), ok))
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

// ---- Build and exports --------------------------------------------------

/// Times `cargo xtask <command>` (this program) if it has that command.
fn xtask_command(root: &Path, command: &str, runs: usize) -> Result<Option<f64>, String> {
    let me = XTASK.get().ok_or("no path to xtask")?;
    let help = Command::new(me)
        .arg("help")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    if !help
        .lines()
        .any(|l| l.split_whitespace().next() == Some(command))
    {
        return Ok(None);
    }
    eprintln!("bench: cargo xtask {command} x{runs}");
    let mut times = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        let output = Command::new(me)
            .current_dir(root)
            .arg(command)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| e.to_string())?;
        if !output.status.success() {
            return Err(format!(
                "`cargo xtask {command}` failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        times.push(start.elapsed().as_secs_f64());
    }
    median(times).map(Some)
}

// ---- What a reader downloads --------------------------------------------

/// The same pages as a stock setup builds them: mdBook's default theme
/// (no `theme/` overrides) and mdbook-mermaid as `mdbook-mermaid install`
/// sets it up: `mermaid.min.js` and `mermaid-init.js` in `additional-js`,
/// so loaded by every page.
fn build_stock(root: &Path, dir: &Path) -> Result<(), String> {
    let _ = fs::remove_dir_all(dir);
    for folder in ["src", "listings"] {
        copy_dir(&root.join(folder), &dir.join(folder)).map_err(|e| e.to_string())?;
    }
    fs::copy(
        root.join("src/assets/mermaid.min.js"),
        dir.join("mermaid.min.js"),
    )
    .map_err(|e| e.to_string())?;
    fs::write(dir.join("mermaid-init.js"), MERMAID_INIT_JS).map_err(|e| e.to_string())?;
    fs::write(dir.join("book.toml"), STOCK_BOOK_TOML).map_err(|e| e.to_string())?;
    build_book(dir, &dir.join("book"))
}

const STOCK_BOOK_TOML: &str = "\
[book]
title = \"The Rust Memory Book\"
language = \"en\"
src = \"src\"

[build]
create-missing = false

[preprocessor.mermaid]
command = \"mdbook-mermaid\"

[output.html]
additional-js = [\"mermaid.min.js\", \"mermaid-init.js\"]
";

/// mdbook-mermaid 0.17.1's `mermaid-init.js`, as `mdbook-mermaid install`
/// writes it.
const MERMAID_INIT_JS: &str = r#"(() => {
    const darkThemes = ['ayu', 'navy', 'coal'];
    const lightThemes = ['light', 'rust'];

    const classList = document.getElementsByTagName('html')[0].classList;

    let lastThemeWasLight = true;
    for (const cssClass of classList) {
        if (darkThemes.includes(cssClass)) {
            lastThemeWasLight = false;
            break;
        }
    }

    const theme = lastThemeWasLight ? 'default' : 'dark';
    mermaid.initialize({ startOnLoad: true, theme });

    for (const darkTheme of darkThemes) {
        document.getElementById('mdbook-theme-' + darkTheme).addEventListener('click', () => {
            if (lastThemeWasLight) {
                window.location.reload();
            }
        });
    }

    for (const lightTheme of lightThemes) {
        document.getElementById('mdbook-theme-' + lightTheme).addEventListener('click', () => {
            if (!lastThemeWasLight) {
                window.location.reload();
            }
        });
    }
})();
"#;

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

struct Transfer {
    /// The files as they are.
    bytes: u64,
    /// The same with gzip (default level) on compressible types, as
    /// `cargo xtask serve` and most web servers send them.
    gzipped: u64,
    requests: usize,
}

/// What a server that gzips text (ours: `xtask::serve`) would send for `file`.
fn gzipped_size(file: &Path, bytes: &[u8]) -> u64 {
    if xtask::serve::compressible(xtask::serve::content_type(file)) {
        xtask::serve::gzipped(bytes).len() as u64
    } else {
        bytes.len() as u64
    }
}

/// Serves `book` on a local port, counting the bytes of every response,
/// while headless Chromium (fresh profile, so no cache) loads `page`, runs
/// its scripts and fetches the fonts its text uses, up to the load event.
/// With `whole`, the window is tall enough to show the whole page at once,
/// as if the reader had scrolled through it: what loads only when it comes
/// into view loads too.
fn browser_transfer(
    browser: &Path,
    book: &Path,
    page: &str,
    whole: bool,
) -> Result<Transfer, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    listener.set_nonblocking(true).map_err(|e| e.to_string())?;
    let served: Arc<Mutex<BTreeMap<String, (u64, u64)>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let thread = {
        let served = Arc::clone(&served);
        let stop = Arc::clone(&stop);
        let book = book.to_path_buf();
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let served = Arc::clone(&served);
                        let book = book.clone();
                        std::thread::spawn(move || serve_one(stream, &book, &served));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        })
    };
    let profile = std::env::temp_dir().join(format!("bench-chromium-{}", std::process::id()));
    let _ = fs::remove_dir_all(&profile);
    let child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--dump-dom",
        ])
        // Read to the end: the tall window shows every diagram, and the
        // virtual time budget lets what loads on coming into view load
        // after the load event.
        .args(if whole {
            &["--window-size=1280,60000", "--virtual-time-budget=10000"][..]
        } else {
            &["--window-size=1280,800"][..]
        })
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("http://127.0.0.1:{port}/{page}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", browser.display()));
    // `--dump-dom` returns after the load event, which waits for the
    // scripts and fonts the page starts loading; a page that hangs is
    // stopped here, and what it loaded until then is counted.
    let status = child.and_then(|mut child| {
        let start = Instant::now();
        loop {
            if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
                return Ok(Some(status));
            }
            if start.elapsed() > BROWSER_TIME_LIMIT {
                let _ = child.kill();
                let _ = child.wait();
                return Ok(None);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    stop.store(true, Ordering::Relaxed);
    let _ = thread.join();
    let _ = fs::remove_dir_all(&profile);
    match status? {
        Some(status) if !status.success() => {
            return Err(format!("{} failed on {page}", browser.display()));
        }
        Some(_) => {}
        None => eprintln!(
            "bench: Chromium still running {BROWSER_TIME_LIMIT:?} after loading {page}: stopped"
        ),
    }
    let served = served.lock().unwrap();
    if std::env::var_os("BENCH_VERBOSE").is_some() {
        for (path, (bytes, _)) in served.iter() {
            eprintln!("bench:   {page}: {path} {bytes}");
        }
    }
    Ok(Transfer {
        bytes: served.values().map(|v| v.0).sum(),
        gzipped: served.values().map(|v| v.1).sum(),
        requests: served.len(),
    })
}

/// Answers one HTTP request on `stream` with the file it names under
/// `book` (HTTP/1.0: one request per connection), noting its size.
fn serve_one(mut stream: TcpStream, book: &Path, served: &Mutex<BTreeMap<String, (u64, u64)>>) {
    let _ = stream.set_nonblocking(false);
    let mut request = Vec::new();
    let mut buf = [0; 4096];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let request = String::from_utf8_lossy(&request);
    let url = request.split(' ').nth(1).unwrap_or("/");
    let path = url.split(['?', '#']).next().unwrap_or("/").to_string();
    let file = book.join(path.trim_start_matches('/'));
    let (status, kind, body) = match fs::read(&file) {
        Ok(bytes) if !path.contains("..") => {
            let sizes = (bytes.len() as u64, gzipped_size(&file, &bytes));
            served.lock().unwrap().insert(path, sizes);
            ("200 OK", xtask::serve::content_type(&file), bytes)
        }
        _ => ("404 Not Found", "text/plain", Vec::new()),
    };
    let head = format!(
        "HTTP/1.0 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// How long Chromium may take to load a page and run its scripts.
const BROWSER_TIME_LIMIT: Duration = Duration::from_secs(40);

/// Without a browser: the page, every script, stylesheet, icon and image
/// its HTML names, every `url()` in those stylesheets (all declared fonts:
/// more than a browser fetches), and mermaid.min.js where the page has a
/// diagram and our loader would fetch it.
fn static_transfer(book: &Path, page: &str) -> Result<Transfer, String> {
    let page_path = book.join(page);
    let html = fs::read_to_string(&page_path).map_err(|e| format!("{page}: {e}"))?;
    let dir = page_path.parent().unwrap();
    let mut files = std::collections::BTreeSet::new();
    files.insert(page_path.clone());
    for (tag, attr) in [("<script", "src"), ("<link", "href"), ("<img", "src")] {
        for chunk in html.split(tag).skip(1) {
            let element = &chunk[..chunk.find('>').unwrap_or(chunk.len())];
            if tag == "<link" && !(element.contains("stylesheet") || element.contains("icon")) {
                continue;
            }
            if let Some(url) = attribute(element, attr) {
                files.insert(dir.join(url));
            }
        }
    }
    if html.contains("<pre class=\"mermaid\"")
        && files
            .iter()
            .any(|f| f.to_string_lossy().contains("mermaid-loader"))
    {
        files.insert(book.join("assets/mermaid.min.js"));
    }
    for css in files.clone() {
        if css.extension().is_some_and(|e| e == "css") {
            let text = fs::read_to_string(&css).unwrap_or_default();
            for chunk in text.split("url(").skip(1) {
                let url = chunk[..chunk.find(')').unwrap_or(0)].trim_matches(['"', '\'', ' ']);
                if !url.starts_with("data:") && !url.is_empty() {
                    files.insert(css.parent().unwrap().join(url));
                }
            }
        }
    }
    let mut bytes = 0;
    let mut gzipped = 0;
    for file in &files {
        let content = fs::read(file).unwrap_or_default();
        bytes += content.len() as u64;
        gzipped += gzipped_size(file, &content);
    }
    Ok(Transfer {
        bytes,
        gzipped,
        requests: files.len(),
    })
}

fn attribute<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let start = element.find(&format!("{name}=\""))? + name.len() + 2;
    let end = element[start..].find('"')? + start;
    Some(&element[start..end])
}

// ---- The table ----------------------------------------------------------

#[derive(Default)]
struct Table {
    text: String,
}

impl Table {
    fn section(&mut self, title: &str) {
        let _ = write!(
            self.text,
            "\n**{title}**\n\n| Measurement | Result | Notes |\n| --- | --- | --- |\n"
        );
    }

    fn row(&mut self, what: &str, value: String, note: &str) {
        let _ = writeln!(self.text, "| {what} | {value} | {note} |");
    }

    fn render(&self) -> &str {
        self.text.trim_start()
    }
}

fn median(mut values: Vec<f64>) -> Result<f64, String> {
    if values.is_empty() {
        return Err("no measurement".into());
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Ok(if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    })
}

fn secs(time: f64) -> String {
    format!("{time:.2} s")
}

fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
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
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_string())
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory = fs::read_to_string("/proc/meminfo")
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
