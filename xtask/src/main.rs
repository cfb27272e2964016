//! `cargo xtask <command>`: see `cargo xtask help`.

mod bench;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, SystemTime};
use xtask::{build_book, root, sources};

const HELP: &str = "\
cargo xtask <command>

  build            build the HTML book into book/
  serve [PORT]     build the book, serve it at http://127.0.0.1:PORT (3000)
                   and rebuild it whenever a source changes
  export           write the offline HTML book to export/rust-memory-book/
                   (works from file://, no network) and export/rust-memory-book.tar.gz
  pdf              write the whole book as export/rust-memory-book.pdf
                   (needs Chromium: sudo apt-get install -y chromium)
  audit            run Lighthouse 12 and axe-core (npx) on the introduction
                   and the page with most diagrams, served from 127.0.0.1
  bless            rewrite every listing's snapshot (.stdout, .stderr) from
                   what the programs and the compiler print now; then read
                   `git diff listings/` before you commit
  bench [--runs N] time verification, builds and page weight (BENCHMARKS.md)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => build(),
        Some("serve") => serve(args.get(1).map_or("3000", String::as_str)),
        Some("export") => export(),
        Some("pdf") => pdf(),
        Some("audit") => xtask::audit::audit(&root()),
        Some("bless") => bless(),
        Some("bench") => bench::run(&args[1..]),
        Some("preprocess") => xtask::preprocess::command(&args[1..]).map_err(|e| format!("{e:#}")),
        Some("help" | "--help" | "-h") | None => {
            print!("{HELP}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn out_dir() -> PathBuf {
    root().join("book")
}

fn build() -> Result<(), String> {
    let started = std::time::Instant::now();
    build_book(&root(), &out_dir())?;
    println!(
        "built the book in {:.2?}: open {}",
        started.elapsed(),
        out_dir().join("index.html").display()
    );
    Ok(())
}

fn export_dir() -> PathBuf {
    root().join("export")
}

fn export() -> Result<(), String> {
    let started = std::time::Instant::now();
    let folder = xtask::export::export(&root(), &export_dir())?;
    println!(
        "exported the book in {:.2?}: open {} (archive: {}.tar.gz)",
        started.elapsed(),
        folder.join("index.html").display(),
        folder.display()
    );
    Ok(())
}

fn pdf() -> Result<(), String> {
    let started = std::time::Instant::now();
    let file = export_dir().join(format!("{}.pdf", xtask::export::NAME));
    xtask::pdf::pdf(&root(), &root().join("target/pdf"), &file)?;
    println!("wrote {} in {:.2?}", file.display(), started.elapsed());
    Ok(())
}

fn serve(port: &str) -> Result<(), String> {
    build()?;
    let address = format!("127.0.0.1:{port}");
    let server = tiny_http::Server::http(&address).map_err(|e| format!("{address}: {e}"))?;
    println!("serving the book at http://{address}/ (Ctrl-C stops)");

    std::thread::spawn(|| {
        let mut last = newest_change(&root());
        loop {
            std::thread::sleep(Duration::from_millis(500));
            let now = newest_change(&root());
            if now > last {
                last = now;
                if let Err(e) = build() {
                    eprintln!("error: {e}");
                }
            }
        }
    });

    for request in server.incoming_requests() {
        let response = xtask::serve::respond(
            &out_dir(),
            request.url(),
            xtask::serve::accepts_gzip(&request),
        );
        let _ = request.respond(response);
    }
    Ok(())
}

/// The latest modification time under the book's sources.
fn newest_change(root: &Path) -> SystemTime {
    fn walk(path: &Path, newest: &mut SystemTime) {
        if let Ok(meta) = std::fs::metadata(path) {
            if let Ok(modified) = meta.modified() {
                *newest = (*newest).max(modified);
            }
            if meta.is_dir() {
                for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
                    walk(&entry.path(), newest);
                }
            }
        }
    }
    let mut newest = SystemTime::UNIX_EPOCH;
    for source in sources(root) {
        walk(&source, &mut newest);
    }
    newest
}

/// Rewrites the snapshots, then checks the whole book against them.
///
/// First only the tests that write snapshots run, with `BOOK_BLESS=1` (the
/// harness's program outputs) and `TRYBUILD=overwrite` (trybuild's compiler
/// messages); then every test runs as usual, so that nothing (a lint, say)
/// looks at a snapshot while it is being written.
fn bless() -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let test = |bless: bool| {
        let mut command = Command::new(&cargo);
        command.current_dir(root()).args([
            "test",
            "--package",
            "rust-memory-book",
            "--test",
            "book",
        ]);
        if bless {
            // The test paths of the snapshot writers (tests/book/main.rs).
            command
                .args(["--", "compiler::", "programs::"])
                .env("BOOK_BLESS", "1")
                .env("TRYBUILD", "overwrite");
        }
        command
            .status()
            .map_err(|e| format!("cannot run cargo: {e}"))
    };
    let written = test(true)?;
    let status = if written.success() {
        test(false)?
    } else {
        written
    };
    let changed = Command::new("git")
        .current_dir(root())
        .args([
            "status",
            "--short",
            "--untracked-files=all",
            "--",
            "listings",
        ])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    if changed.is_empty() {
        println!("no snapshot changed");
    } else {
        println!("snapshots that changed (read each before you commit):\n{changed}");
    }
    if status.success() {
        Ok(())
    } else {
        Err("the tests failed while blessing; the report above says why".into())
    }
}
