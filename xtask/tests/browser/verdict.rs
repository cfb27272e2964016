//! The verdict cache: a test that passed records it in
//! `target/browser-verdicts/` under a key of all its inputs: this test
//! binary and the programs it drives, and either the book's sources
//! ([`Verdict::pending`]: the PDF, printed from a build of its own) or the
//! files of the export the test opens ([`Verdict::pending_on`]: the pages
//! it drives, the scripts, styles and fonts every page loads). Until one of
//! them changes the test returns at once, as cargo does not rebuild what
//! has not changed; the pages test keeps one verdict per page
//! ([`page_key`]), so that after an edit only the pages whose bytes changed
//! are driven again. A fresh clone (CI) runs everything, and
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

/// A test that has yet to pass with these inputs (its name, their key).
pub struct Verdict(&'static str, String);

impl Verdict {
    /// `None` if `test` passed before with exactly these inputs: like cargo,
    /// which does not rebuild what has not changed, a test whose inputs are
    /// unchanged since it passed is not driven again (its verdict cannot
    /// differ). Else the verdict to record once the test's asserts held.
    pub fn pending(test: &'static str) -> Option<Verdict> {
        let key = inputs_key();
        (!verdict_file(test, key).is_file()).then(|| Verdict(test, key.to_string()))
    }

    /// Like [`Verdict::pending`], for a test that reads only `files` of the
    /// export `dir` (paths relative to it) besides what every page loads.
    pub fn pending_on(test: &'static str, dir: &Path, files: &[&str]) -> Option<Verdict> {
        let mut hashers = hashers();
        tools_and_assets(dir).hash_into(&mut hashers);
        for file in files {
            for h in &mut hashers {
                file.hash(h);
                page_bytes(&dir.join(file)).hash(h);
            }
        }
        let key = finish(hashers);
        (!verdict_file(test, &key).is_file()).then_some(Verdict(test, key))
    }

    /// Records that the test passed with these inputs.
    pub fn passed(self) {
        let file = verdict_file(self.0, &self.1);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, "passed\n").unwrap();
    }
}

/// Where passed verdicts are recorded: `target/browser-verdicts/`.
pub fn verdicts_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("browser-verdicts")
}

fn verdict_file(test: &str, key: &str) -> PathBuf {
    verdicts_dir().join(format!("{test}-{key}"))
}

/// The key of one page of the export `dir` for the pages test: its bytes,
/// what every page loads, this binary and the programs.
pub fn page_key(dir: &Path, page: &str) -> String {
    let mut hashers = hashers();
    tools_and_assets(dir).hash_into(&mut hashers);
    for h in &mut hashers {
        page.hash(h);
        page_bytes(&dir.join(page)).hash(h);
    }
    finish(hashers)
}

/// A page's bytes, with the name of the search index (a hash of the whole
/// book's text, written into every page) taken out: a page does not change
/// when another page's words do. The search test keys on the index itself.
fn page_bytes(path: &Path) -> Vec<u8> {
    let bytes = std::fs::read(path).unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes);
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    while let Some(at) = rest.find("searchindex-") {
        out.push_str(&rest[..at]);
        out.push_str("searchindex-");
        rest = rest[at + "searchindex-".len()..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out.into_bytes()
}

/// The export's search index file (`searchindex-HASH.js`), relative to it.
pub fn search_index(dir: &Path) -> String {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with("searchindex-") && n.ends_with(".js"))
        .expect("the export has a search index")
}

/// The inputs every page shares: this test binary, the programs, and every
/// file of the export that is not a page or the search index (with the
/// search index's name taken out, as from a page).
#[derive(Clone, Copy)]
struct Shared(u64, u64);

impl Shared {
    fn hash_into(&self, hashers: &mut [DefaultHasher; 2]) {
        for h in hashers {
            (self.0, self.1).hash(h);
        }
    }
}

fn tools_and_assets(dir: &Path) -> Shared {
    static SHARED: std::sync::Mutex<Vec<(PathBuf, Shared)>> = std::sync::Mutex::new(Vec::new());
    let mut known = SHARED.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, shared)) = known.iter().find(|(d, _)| d == dir) {
        return *shared;
    }
    let shared = {
        let mut hashers = hashers();
        let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| e.into_path())
            .filter(|p| {
                let name = p.file_name().unwrap().to_string_lossy();
                !name.ends_with(".html") && !name.starts_with("searchindex")
            })
            .collect();
        files.sort();
        for file in &files {
            // searcher.js names the search index too.
            let bytes = page_bytes(file);
            for h in &mut hashers {
                file.strip_prefix(dir).unwrap().hash(h);
                bytes.hash(h);
            }
        }
        let stamps = tool_stamps();
        for h in &mut hashers {
            stamps.hash(h);
        }
        Shared(hashers[0].finish(), hashers[1].finish())
    };
    known.push((dir.to_path_buf(), shared));
    shared
}

fn tool_stamps() -> Vec<(PathBuf, u64, std::time::SystemTime)> {
    let stamp = |path: &Path| {
        let meta = std::fs::metadata(path).unwrap();
        (path.to_path_buf(), meta.len(), meta.modified().unwrap())
    };
    let mut stamps = vec![stamp(&std::env::current_exe().unwrap())];
    stamps.extend(PROGRAMS.iter().map(|p| stamp(&require(p))));
    stamps
}

/// Two independent 64-bit hashes make a 128-bit key.
fn hashers() -> [DefaultHasher; 2] {
    let mut hashers = [DefaultHasher::new(), DefaultHasher::new()];
    hashers[1].write_u8(1);
    hashers
}

fn finish(hashers: [DefaultHasher; 2]) -> String {
    format!("{:016x}{:016x}", hashers[0].finish(), hashers[1].finish())
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
        let mut hashers = hashers();
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
        let stamps = tool_stamps();
        for h in &mut hashers {
            stamps.hash(h);
        }
        finish(hashers)
    })
}
