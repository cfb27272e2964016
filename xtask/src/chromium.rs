//! Finding the system Chromium, and the one list of flags every headless
//! run of it uses: `cargo xtask pdf`, `audit` and `bench`, and the browser
//! tests (through chromedriver).

use anyhow::{Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// How to get Chromium on Debian, said whenever it is missing.
pub const INSTALL_HINT: &str = "install it with `sudo apt-get install -y chromium` \
     (Debian/Ubuntu), or set CHROMIUM to the path of a Chromium or Chrome binary";

/// Headless, in a container (no sandbox, GPU or large /dev/shm), and quiet:
/// no first-run setup, no updates, no sync, nothing fetched in the background.
pub const HEADLESS_FLAGS: [&str; 8] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// Finds a program called `name` on PATH.
pub fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Chromium: `$CHROMIUM`, else the first of chromium, chromium-browser,
/// google-chrome on PATH.
pub fn find_chromium() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        let path = PathBuf::from(path);
        if !path.is_file() {
            bail!(
                "CHROMIUM is set to {}, which is not a file; {INSTALL_HINT}",
                path.display()
            );
        }
        return Ok(path);
    }
    match ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| find_on_path(name))
    {
        Some(path) => Ok(path),
        None => bail!("Chromium was not found on PATH; {INSTALL_HINT}"),
    }
}

/// `chromium` with [`HEADLESS_FLAGS`] and its own profile in `profile`.
pub fn headless(chromium: &Path, profile: &Path) -> Command {
    let mut command = Command::new(chromium);
    command
        .args(HEADLESS_FLAGS)
        .arg(format!("--user-data-dir={}", profile.display()));
    command
}
