//! `cargo xtask <command>`: see `cargo xtask help`.

mod bench;
mod bless;

use anyhow::{Result, anyhow};
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant, SystemTime};
use xtask::{build_book, root, sources};

/// The Rust Memory Book's automation.
#[derive(Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    arg_required_else_help = true
)]
pub struct Cli {
    #[command(subcommand)]
    command: Task,
}

#[derive(Subcommand)]
pub enum Task {
    /// Build the HTML book into book/
    Build,
    /// Build the book, serve it at http://127.0.0.1:PORT and rebuild it
    /// whenever a source changes
    Serve {
        #[arg(default_value_t = 3000)]
        port: u16,
    },
    /// Write the offline HTML book to export/rust-memory-book/ (works from
    /// file://, no network) and export/rust-memory-book.tar.gz
    Export,
    /// Write the whole book as export/rust-memory-book.pdf (needs Chromium:
    /// sudo apt-get install -y chromium)
    Pdf,
    /// Run Lighthouse 12 and axe-core (npx) on the introduction and the page
    /// with most diagrams, served from 127.0.0.1
    Audit,
    /// Rewrite every listing's snapshot (.stdout, .stderr) from what the
    /// programs and the compiler print now; then read `git diff listings/`
    /// before you commit
    Bless {
        /// Instead, record the answers of the questions (```quiz blocks)
        /// whose listing answers differently now, after rereading them
        #[arg(long)]
        quizzes: bool,
    },
    /// Time verification, builds and page weight (BENCHMARKS.md)
    Bench(bench::Args),
    /// Install what the tests need when it is missing (Debian's packages),
    /// then run every test of the book: the README's test command
    Test,
    /// The `{{#listing}}` preprocessor, as mdBook runs it for a stock
    /// `mdbook build` (book.toml): the book as JSON on stdin and stdout
    #[command(hide = true)]
    Preprocess {
        /// `supports <renderer>`
        args: Vec<String>,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Task::Build => build(),
        Task::Serve { port } => serve(port),
        Task::Export => export(),
        Task::Pdf => pdf(),
        Task::Audit => xtask::audit::audit(&root()),
        Task::Bless { quizzes: false } => bless::bless(),
        Task::Bless { quizzes: true } => bless::quizzes(),
        Task::Bench(args) => bench::run(&args),
        Task::Test => test(),
        Task::Preprocess { args } => xtask::preprocess::command(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo xtask test`: what the suite needs, then the suite, its test
/// binaries all at once (`testrun`). A failing check prints its own message
/// (file and line first); no backtraces.
fn test() -> Result<()> {
    xtask::setup::ensure()?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    xtask::testrun::run(&cargo, &root())
}

fn out_dir() -> PathBuf {
    root().join("book")
}

fn build() -> Result<()> {
    let started = Instant::now();
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

fn export() -> Result<()> {
    let started = Instant::now();
    let folder = xtask::export::export(&root(), &export_dir())?;
    println!(
        "exported the book in {:.2?}: open {} (archive: {}.tar.gz)",
        started.elapsed(),
        folder.join("index.html").display(),
        folder.display()
    );
    Ok(())
}

fn pdf() -> Result<()> {
    let started = Instant::now();
    let file = export_dir().join(format!("{}.pdf", xtask::export::NAME));
    xtask::pdf::pdf(&root(), &root().join("target/pdf"), &file)?;
    println!("wrote {} in {:.2?}", file.display(), started.elapsed());
    Ok(())
}

fn serve(port: u16) -> Result<()> {
    build()?;
    let address = format!("127.0.0.1:{port}");
    let server = tiny_http::Server::http(&address).map_err(|e| anyhow!("{address}: {e}"))?;
    println!("serving the book at http://{address}/ (Ctrl-C stops)");

    std::thread::spawn(|| {
        let mut last = newest_change(&root());
        loop {
            std::thread::sleep(Duration::from_millis(500));
            let now = newest_change(&root());
            if now > last {
                last = now;
                if let Err(e) = build() {
                    eprintln!("error: {e:#}");
                }
            }
        }
    });

    xtask::serve::answer_all(&server, &out_dir(), None);
    Ok(())
}

/// The latest modification time under the book's sources.
fn newest_change(root: &Path) -> SystemTime {
    sources(root)
        .iter()
        .flat_map(walkdir::WalkDir::new)
        .flatten()
        .filter_map(|entry| entry.metadata().ok()?.modified().ok())
        .fold(SystemTime::UNIX_EPOCH, SystemTime::max)
}
