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
        Some("bless") => bless(),
        Some("bench") => bench::run(&args[1..]),
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
        let response = respond(request.url());
        let _ = request.respond(response);
    }
    Ok(())
}

fn respond(url: &str) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let mut file = out_dir().join(path.trim_start_matches('/'));
    if path.contains("..") {
        return tiny_http::Response::from_string("forbidden").with_status_code(403);
    }
    if file.is_dir() {
        file = file.join("index.html");
    }
    match std::fs::read(&file) {
        Ok(bytes) => {
            let header =
                tiny_http::Header::from_bytes("Content-Type", content_type(&file)).unwrap();
            tiny_http::Response::from_data(bytes).with_header(header)
        }
        Err(_) => {
            let page = std::fs::read(out_dir().join("404.html")).unwrap_or_default();
            let header =
                tiny_http::Header::from_bytes("Content-Type", "text/html; charset=utf-8").unwrap();
            tiny_http::Response::from_data(page)
                .with_status_code(404)
                .with_header(header)
        }
    }
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
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
