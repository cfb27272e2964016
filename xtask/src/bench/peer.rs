//! Section 2: the peer approach on the same book: `mdbook test`.

use super::table::{Table, secs};
use super::{median, tool_version};
use anyhow::Result;
use mdbook_driver::MDBook;
use std::path::Path;
use std::time::Instant;

/// `mdbook test` x `runs`, beside our `cargo test` (cold, warm) if measured.
pub fn peer(root: &Path, runs: usize, ours: Option<(f64, f64)>, table: &mut Table) -> Result<()> {
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

/// `mdbook test` through the pinned mdBook library: mdBook expands the
/// includes and hands each chapter to `rustdoc --test`, which compiles (and
/// runs) every Rust block: `compile_fail` must fail to compile, with any
/// error; `should_panic` must panic. Neither output nor error text is
/// compared.
fn mdbook_test(root: &Path) -> Result<(f64, bool)> {
    let start = Instant::now();
    let mut book = MDBook::load(root)?;
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
