//! Proof that every mistake a maintainer can make fails the test suite with a
//! message that names the file (and line) and shows the difference. Each test
//! writes the small book of `fixture`, checks that it passes, breaks one
//! thing and checks what the harness says. Tests are named for the mistake.
//!
//! - `programs`: runs and panics listings (one shared batch of broken copies);
//! - `fails`: does-not-compile listings, through trybuild;
//! - `listings`: the layout of listings/ and the `{{#listing}}` directive;
//! - `pages`: fences, Markdown Rust blocks, SUMMARY.md, diagrams, links;
//! - `error_index`: src/error-index.md against the snapshots;
//! - `native`: C listings under the sanitizers, ub listings under Miri;
//! - `ub_index`: src/ub-index.md against the reports;
//! - `quizzes`: questions against their snapshots and recorded answers.
//!
//! The proofs that start a compiler, Miri or a sanitizer take most of a
//! warm run's time, and their verdict depends on nothing outside this test
//! binary (the harness and the fixtures are compiled into it) but those
//! programs. So each of them records that it passed, in
//! `target/book-fixtures/proofs/`, under a key of this binary and the
//! tools ([`Proof`]); until one of those changes it returns at once, as
//! cargo does not rebuild what has not changed, and as the browser tests
//! keep their verdicts. A fresh clone (CI) runs every proof, and
//! `rm -r target/book-fixtures/proofs` forces a rerun.

mod error_index;
mod fails;
mod listings;
mod native;
mod pages;
mod programs;
mod quizzes;
mod ub_index;

use crate::fixture::Fixture;
use book_model::Problem;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A proof that has yet to pass with these inputs: where its verdict goes.
pub struct Proof(PathBuf);

impl Proof {
    /// `None` if the proof named `test` passed with this test binary and
    /// these tools; else the verdict to record once its asserts held.
    pub fn pending(test: &str) -> Option<Proof> {
        let file = book_model::work::Work::Fixtures
            .dir(&crate::target_dir())
            .join("proofs")
            .join(format!("{test}-{}", inputs_key()));
        (!file.is_file()).then_some(Proof(file))
    }

    /// Records that the proof passed.
    pub fn passed(self) {
        std::fs::create_dir_all(self.0.parent().unwrap()).unwrap();
        std::fs::write(&self.0, "passed\n").unwrap();
    }
}

/// This test binary (size and modification time, as cargo fingerprints a
/// build), the stable and nightly compilers and Miri, the C and C++
/// compilers, Valgrind, the recorded tool versions, and the environment
/// variables that change how cargo compiles.
fn inputs_key() -> &'static str {
    static KEY: OnceLock<String> = OnceLock::new();
    KEY.get_or_init(|| {
        use std::hash::{DefaultHasher, Hash, Hasher};
        let stamp = |path: &Path| {
            std::fs::metadata(path)
                .ok()
                .map(|m| (path.to_path_buf(), m.len(), m.modified().ok()))
        };
        let sysroot = |toolchain: &[&str]| {
            let out = std::process::Command::new("rustc")
                .args(toolchain)
                .args(["--print", "sysroot"])
                .current_dir(crate::root())
                .output()
                .expect("cannot run rustc");
            PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
        };
        let (stable, nightly) = (sysroot(&[]), sysroot(&["+nightly"]));
        let mut stamps = vec![stamp(&std::env::current_exe().unwrap())];
        for file in ["bin/rustc", "bin/cargo"] {
            stamps.push(stamp(&stable.join(file)));
        }
        for file in ["bin/rustc", "bin/cargo", "bin/miri", "bin/cargo-miri"] {
            stamps.push(stamp(&nightly.join(file)));
        }
        for program in ["gcc", "g++", "valgrind", "python3", "java"] {
            let found = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
                .map(|dir| dir.join(program))
                .find(|p| p.is_file());
            stamps.push(found.and_then(|p| stamp(&std::fs::canonicalize(p).ok()?)));
        }
        let mut hasher = DefaultHasher::new();
        stamps.hash(&mut hasher);
        std::fs::read(crate::root().join(crate::tools::FILE)).ok().hash(&mut hasher);
        for var in ["RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "CARGO_BUILD_RUSTFLAGS", "RUSTC_WRAPPER", "RUSTC_WORKSPACE_WRAPPER", "RUSTC_BOOTSTRAP", "MIRIFLAGS"] {
            std::env::var_os(var).hash(&mut hasher);
        }
        format!("{:016x}", hasher.finish())
    })
}

/// Asserts that some problem mentions every fragment.
#[track_caller]
pub fn assert_reported(problems: &[Problem], fragments: &[&str]) {
    let texts: Vec<String> = problems.iter().map(Problem::to_string).collect();
    assert!(
        texts.iter().any(|p| fragments.iter().all(|f| p.contains(f))),
        "expected a problem mentioning {fragments:?}, got:\n{}",
        texts.join("\n")
    );
}

#[track_caller]
pub fn lint_problem(name: &str, break_it: impl FnOnce(&Fixture), fragments: &[&str]) {
    let fixture = Fixture::new(name);
    let before = fixture.lints();
    assert!(
        before.is_empty(),
        "the fixture should pass before it is broken: {before:?}"
    );
    break_it(&fixture);
    assert_reported(&fixture.lints(), fragments);
}
