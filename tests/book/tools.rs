//! The tools whose own words the snapshots of the `ub`, `c` and `cpp`
//! listings hold (Miri's report, gcc's warnings, the sanitizers' and
//! Valgrind's reports, with their line numbers inside the standard
//! libraries). `tests/book/tools.toml` records the versions the snapshots
//! were made with; `cargo xtask bless` rewrites it. Another version fails
//! the suite at once, naming both versions, instead of as a diff in every
//! snapshot.

use book_model::Problem;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

pub const FILE: &str = "tests/book/tools.toml";

pub use book_model::work::MIRI_TOOLCHAIN;
pub const MIRI_INSTALL: &str = "rustup component add miri rust-src --toolchain nightly";

/// A tool the snapshots depend on: its name in tools.toml, the command that
/// prints its version, and how to install it.
pub struct Tool {
    pub key: &'static str,
    pub command: &'static [&'static str],
    pub install: &'static str,
}

pub const MIRI: Tool = Tool {
    key: "miri",
    command: &["rustup", "run", MIRI_TOOLCHAIN, "cargo", "miri", "--version"],
    install: MIRI_INSTALL,
};
pub const GCC: Tool = Tool {
    key: "gcc",
    command: &["gcc", "--version"],
    install: "apt-get install gcc",
};
pub const GXX: Tool = Tool {
    key: "g++",
    command: &["g++", "--version"],
    install: "apt-get install g++",
};
/// The book's stable compiler (rust-toolchain.toml, from the repository,
/// where the tests run): part of a MIR snapshot's record.
pub const RUSTC: Tool = Tool {
    key: "rustc",
    command: &["rustc", "-vV"],
    install: "rustup show (rust-toolchain.toml names the toolchain)",
};

/// The interpreters of the Python and Java listings: their versions are
/// part of a run's record, not pinned in tools.toml (the listings print
/// plain text whatever the version).
pub const PYTHON: Tool = Tool {
    key: "python3",
    command: &["python3", "--version"],
    install: "apt-get install python3",
};
pub const JAVA: Tool = Tool {
    key: "java",
    command: &["java", "--version"],
    install: "apt-get install default-jdk-headless",
};
pub const VALGRIND: Tool = Tool {
    key: "valgrind",
    command: &["valgrind", "--version"],
    install: "apt-get install valgrind",
};


impl Tool {
    /// The first line of the tool's version output on this machine, asked
    /// once per test run.
    pub fn installed(&self) -> Result<String, String> {
        static ASKED: OnceLock<std::sync::Mutex<Vec<(&'static str, Result<String, String>)>>> = OnceLock::new();
        let asked = ASKED.get_or_init(Default::default);
        if let Some((_, answer)) = asked.lock().unwrap().iter().find(|(k, _)| *k == self.key) {
            return answer.clone();
        }
        let answer = self.ask();
        asked.lock().unwrap().push((self.key, answer.clone()));
        answer
    }

    fn ask(&self) -> Result<String, String> {
        let output = Command::new(self.command[0])
            .args(&self.command[1..])
            .env_remove("RUSTUP_TOOLCHAIN")
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run `{}` ({e}): {}", self.command.join(" "), self.install))?;
        let text = String::from_utf8_lossy(&output.stdout);
        match text.lines().next() {
            Some(line) if output.status.success() => Ok(line.trim().to_string()),
            _ => Err(format!(
                "`{}` failed ({}): install it with `{}`",
                self.command.join(" "),
                String::from_utf8_lossy(&output.stderr).trim(),
                self.install
            )),
        }
    }

    /// Checks the installed version against tools.toml (or, when blessing,
    /// records it). Each tool is asked once per test run.
    pub fn check(&'static self, root: &Path, bless: bool) -> Result<(), Problem> {
        static CHECKED: OnceLock<std::sync::Mutex<Vec<(PathBuf, &'static str, Result<(), Problem>)>>> =
            OnceLock::new();
        let checked = CHECKED.get_or_init(Default::default);
        let mut checked = checked.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, _, result)) = checked.iter().find(|(r, k, _)| r == root && *k == self.key) {
            return result.clone();
        }
        let result = self.check_now(root, bless);
        checked.push((root.to_path_buf(), self.key, result.clone()));
        result
    }

    fn check_now(&self, root: &Path, bless: bool) -> Result<(), Problem> {
        let installed = self.installed().map_err(|m| Problem::in_file(FILE, m))?;
        let path = root.join(FILE);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let (line, recorded) = recorded(&text, self.key);
        if recorded.as_deref() == Some(installed.as_str()) {
            return Ok(());
        }
        if bless {
            std::fs::write(&path, with_version(&text, self.key, &installed))
                .map_err(|e| Problem::in_file(FILE, format!("cannot write: {e}")))?;
            return Ok(());
        }
        Err(Problem::at(
            FILE,
            line,
            match recorded {
                Some(recorded) => format!(
                    "the snapshots were made with `{recorded}`, but this machine has \
                     `{installed}`: install that version, or run `cargo xtask bless` \
                     and read every changed snapshot"
                ),
                None => format!(
                    "no version of {} recorded: run `cargo xtask bless` and read the snapshots",
                    self.key
                ),
            },
        ))
    }
}

/// The line (1-based) and value of `key = "value"` in tools.toml.
fn recorded(text: &str, key: &str) -> (usize, Option<String>) {
    for (i, line) in text.lines().enumerate() {
        if let Some((k, v)) = line.split_once('=')
            && k.trim().trim_matches('"') == key
        {
            return (i + 1, Some(v.trim().trim_matches('"').to_string()));
        }
    }
    (1, None)
}

fn with_version(text: &str, key: &str, version: &str) -> String {
    let entry = format!("\"{key}\" = \"{version}\"");
    let mut found = false;
    let mut out: Vec<String> = text
        .lines()
        .map(|line| match line.split_once('=') {
            Some((k, _)) if k.trim().trim_matches('"') == key => {
                found = true;
                entry.clone()
            }
            _ => line.to_string(),
        })
        .collect();
    if out.is_empty() {
        out.push(
            "# The versions the snapshots of the ub, c and cpp listings were made with\n\
             # (tests/book/tools.rs). `cargo xtask bless` writes this file."
                .to_string(),
        );
    }
    if !found {
        out.push(entry);
    }
    out.join("\n") + "\n"
}
