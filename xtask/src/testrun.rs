//! `cargo xtask test` runs the same test binaries as `cargo test`, but all
//! at once instead of one after another. Most of the suite's time is spent
//! waiting (on Chromium printing the PDF, on the compiler in a child
//! process), so on two cores the whole run takes about as long as its
//! slowest binary (the browser tests; the others run at `nice -n 10`).
//! Each binary's output is printed whole when it ends, under the same
//! `Running` line cargo prints.

use anyhow::{Context, Result, bail};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Instant;

/// A test binary cargo built, and the package directory it runs in.
struct Binary {
    /// The target's source, relative to the package (`tests/book/main.rs`).
    source: String,
    executable: PathBuf,
    package_dir: PathBuf,
    /// The browser tests: they mostly wait on Chromium, so all start at
    /// once, and they hold the longest chain of the run (build the export,
    /// print the PDF, read it back), so the other binaries run at a lower
    /// priority and take the CPU that chain leaves.
    browser: bool,
}

/// Builds every test binary of the workspace, as `cargo test` would, and
/// returns them. Compiler messages go to the terminal as cargo renders them.
fn build(cargo: &str, root: &Path) -> Result<Vec<Binary>> {
    let output = Command::new(cargo)
        .current_dir(root)
        .args(["test", "--no-run", "--message-format=json-render-diagnostics"])
        .stderr(Stdio::inherit())
        .output()
        .with_context(|| format!("cannot run {cargo}"))?;
    if !output.status.success() {
        bail!("the tests did not compile (the compiler's messages are above)");
    }
    let mut binaries = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<Value>(line) else { continue };
        if message["reason"] != "compiler-artifact" || message["profile"]["test"] != true {
            continue;
        }
        let Some(executable) = message["executable"].as_str() else { continue };
        let manifest = PathBuf::from(message["manifest_path"].as_str().unwrap_or_default());
        let package_dir = manifest.parent().unwrap_or(root).to_path_buf();
        let source = message["target"]["src_path"].as_str().unwrap_or_default();
        let source = Path::new(source)
            .strip_prefix(&package_dir)
            .map_or(source.to_string(), |p| p.display().to_string());
        let browser = message["target"]["name"] == "browser";
        binaries.push(Binary { source, executable: executable.into(), package_dir, browser });
    }
    if binaries.is_empty() {
        bail!("cargo built no test binary");
    }
    Ok(binaries)
}

/// Builds the test binaries, runs them all at once, and prints each one's
/// output as it ends. Fails, after all have ended, if any test failed.
pub fn run(cargo: &str, root: &Path) -> Result<()> {
    let started = Instant::now();
    let binaries = build(cargo, root)?;
    let (done, finished) = std::sync::mpsc::channel::<(usize, std::io::Result<Output>)>();
    std::thread::scope(|scope| {
        for (i, binary) in binaries.iter().enumerate() {
            let done = done.clone();
            scope.spawn(move || {
                let mut command = if binary.browser {
                    let mut command = Command::new(&binary.executable);
                    command.arg("--test-threads=8");
                    command
                } else {
                    let mut command = Command::new("nice");
                    command.args(["-n", "10"]).arg(&binary.executable);
                    command
                };
                command
                    .current_dir(&binary.package_dir)
                    .env("CARGO", cargo)
                    .env("CARGO_MANIFEST_DIR", &binary.package_dir)
                    .env("RUST_BACKTRACE", "0");
                let _ = done.send((i, command.output()));
            });
        }
        drop(done);
        let mut failed = Vec::new();
        for (i, output) in finished {
            let binary = &binaries[i];
            let shown = binary.executable.strip_prefix(root).unwrap_or(&binary.executable);
            println!("     Running {} ({})", binary.source, shown.display());
            match output {
                Ok(output) => {
                    print!("{}", String::from_utf8_lossy(&output.stdout));
                    eprint!("{}", String::from_utf8_lossy(&output.stderr));
                    if !output.status.success() {
                        failed.push(binary.source.clone());
                    }
                }
                Err(error) => {
                    eprintln!("error: cannot run {}: {error}", binary.executable.display());
                    failed.push(binary.source.clone());
                }
            }
        }
        println!("{} test binaries ran in {:.1?}", binaries.len(), started.elapsed());
        if failed.is_empty() {
            Ok(())
        } else {
            bail!(
                "tests failed in {}; each failure above starts with the file and line to fix",
                failed.join(", ")
            )
        }
    })
}
