//! The verdict cache: a test that passed records it in
//! `target/browser-verdicts/` under a key of all its inputs
//! ([`inputs_key`]): the book's sources, this test binary and the programs.
//! Until one of them changes the test returns at once, as cargo does not
//! rebuild what has not changed; a fresh clone (CI) runs everything, and
//! `rm -r target/browser-verdicts` forces a rerun.

use crate::require;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The programs these tests drive or read the PDF with.
const PROGRAMS: [&str; 7] = [
    "chromium",
    "chromedriver",
    "pdfinfo",
    "pdftotext",
    "pdffonts",
    "pdftoppm",
    "qpdf",
];

/// A test that has yet to pass with these inputs.
pub struct Verdict(&'static str);

impl Verdict {
    /// `None` if `test` passed before with exactly these inputs: like cargo,
    /// which does not rebuild what has not changed, a test whose inputs are
    /// unchanged since it passed is not driven again (its verdict cannot
    /// differ). Else the verdict to record once the test's asserts held.
    pub fn pending(test: &'static str) -> Option<Verdict> {
        (!verdict_file(test).is_file()).then_some(Verdict(test))
    }

    /// Records that the test passed with these inputs.
    pub fn passed(self) {
        let file = verdict_file(self.0);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, "passed\n").unwrap();
    }
}

/// Where passed verdicts are recorded: `target/browser-verdicts/`.
fn verdict_file(test: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("browser-verdicts")
        .join(format!("{test}-{}", inputs_key()))
}

/// A key for everything a browser test's verdict depends on: every byte of
/// the book's sources (book.toml, src/, listings/, theme/), this test
/// binary (its code and the xtask and mdBook code linked into it: size and
/// modification time, as cargo's own fingerprints use), and the programs
/// it drives. Computing it needs those programs: a missing one fails here,
/// with the command that installs it.
fn inputs_key() -> &'static str {
    static KEY: OnceLock<String> = OnceLock::new();
    KEY.get_or_init(|| {
        let stamp = |path: &Path| {
            let meta = std::fs::metadata(path).unwrap();
            (path.to_path_buf(), meta.len(), meta.modified().unwrap())
        };
        // Two independent 64-bit hashes make a 128-bit key.
        let mut hashers = [DefaultHasher::new(), DefaultHasher::new()];
        hashers[1].write_u8(1);
        let root = xtask::root();
        let mut all = Vec::new();
        for source in xtask::sources(&root).iter().filter(|s| s.exists()) {
            for entry in walkdir::WalkDir::new(source).follow_links(true) {
                let entry = entry.unwrap();
                if entry.file_type().is_file() {
                    all.push(entry.into_path());
                }
            }
        }
        all.sort();
        for file in &all {
            let bytes = std::fs::read(file).unwrap();
            for h in &mut hashers {
                file.strip_prefix(&root).unwrap().hash(h);
                bytes.hash(h);
            }
        }
        let mut stamps = vec![stamp(&std::env::current_exe().unwrap())];
        stamps.extend(PROGRAMS.iter().map(|p| stamp(&require(p))));
        for h in &mut hashers {
            stamps.hash(h);
        }
        format!("{:016x}{:016x}", hashers[0].finish(), hashers[1].finish())
    })
}
