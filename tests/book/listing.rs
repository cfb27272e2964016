//! What a listing is: `listings/<chapter>/<kind>/<name>.rs`, where the folder
//! `<kind>` declares what the program does, and the snapshot beside it holds
//! what the reader is shown under it.

use std::fs;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Compiles warning-free, exits 0; stdout in `<name>.stdout`.
    Runs,
    /// Does not compile; the compiler's message in `<name>.stderr`.
    Fails,
    /// Compiles warning-free, panics; its stderr in `<name>.stderr`.
    Panics,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Runs, Kind::Fails, Kind::Panics];

    /// The folder that declares the kind.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Runs => "runs",
            Kind::Fails => "fails",
            Kind::Panics => "panics",
        }
    }

    pub fn from_folder(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.folder() == name)
    }

    /// The snapshot file's extension.
    pub fn snapshot_extension(self) -> &'static str {
        match self {
            Kind::Runs => "stdout",
            Kind::Fails | Kind::Panics => "stderr",
        }
    }

    /// The badge's text in the chapter (its CSS class is `folder()`).
    pub fn badge(self) -> &'static str {
        match self {
            Kind::Runs => "Runs",
            Kind::Fails => "Does not compile",
            Kind::Panics => "Panics",
        }
    }

    /// The info string of the code fence that shows the listing.
    pub fn fence(self) -> &'static str {
        match self {
            Kind::Runs => "rust",
            Kind::Fails => "rust,compile_fail",
            Kind::Panics => "rust,should_panic",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Listing {
    pub chapter: String,
    pub kind: Kind,
    pub name: String,
    /// Absolute path of the `.rs` file.
    pub path: PathBuf,
    /// The path from the repository root, with `/`: what messages show.
    pub shown: String,
}

impl Listing {
    pub fn snapshot(&self) -> PathBuf {
        self.path.with_extension(self.kind.snapshot_extension())
    }

    pub fn snapshot_shown(&self) -> String {
        let ext = self.kind.snapshot_extension();
        format!("{}.{ext}", self.shown.strip_suffix(".rs").unwrap())
    }
}

/// Every listing under `root/listings`, and every file there that does not
/// fit the layout.
pub struct Inventory {
    pub listings: Vec<Listing>,
    pub problems: Vec<String>,
}

impl Inventory {
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Listing> {
        self.listings.iter().filter(move |l| l.kind == kind)
    }
}

pub fn scan(root: &Path) -> Inventory {
    let mut listings = Vec::new();
    let mut problems = Vec::new();
    let layout = "listings go in listings/<chapter>/<runs|fails|panics>/<name>.rs";
    for chapter in sorted_entries(&root.join("listings")) {
        let chapter_name = file_name(&chapter);
        if !chapter.is_dir() {
            problems.push(format!("listings/{chapter_name}: not a folder ({layout})"));
            continue;
        }
        for kind_dir in sorted_entries(&chapter) {
            let kind_name = file_name(&kind_dir);
            let shown_dir = format!("listings/{chapter_name}/{kind_name}");
            let kind = match Kind::from_folder(&kind_name) {
                Some(kind) if kind_dir.is_dir() => kind,
                _ => {
                    problems.push(format!("{shown_dir}: unexpected ({layout})"));
                    continue;
                }
            };
            for file in sorted_entries(&kind_dir) {
                let name = file_name(&file);
                let shown = format!("{shown_dir}/{name}");
                let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
                let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
                if ext == "rs" && file.is_file() {
                    if !is_valid_name(stem) {
                        problems.push(format!(
                            "{shown}: listing names are lower-case words joined by \
                             hyphens (for example use-after-move.rs)"
                        ));
                    }
                    listings.push(Listing {
                        chapter: chapter_name.clone(),
                        kind,
                        name: stem.to_string(),
                        path: file.clone(),
                        shown: shown.clone(),
                    });
                    if !file.with_extension(kind.snapshot_extension()).is_file() {
                        problems.push(format!(
                            "{shown}: no snapshot {stem}.{}: run `cargo xtask bless`, \
                             then read the new file before you commit it",
                            kind.snapshot_extension()
                        ));
                    }
                } else if ext == kind.snapshot_extension() {
                    if !file.with_extension("rs").is_file() {
                        problems.push(format!(
                            "{shown}: snapshot without its listing {stem}.rs \
                             (delete it, or restore the listing)"
                        ));
                    }
                } else {
                    problems.push(format!(
                        "{shown}: unexpected file; a {} listing has only \
                         <name>.rs and <name>.{}",
                        kind.folder(),
                        kind.snapshot_extension()
                    ));
                }
            }
        }
    }
    Inventory { listings, problems }
}

fn is_valid_name(stem: &str) -> bool {
    !stem.is_empty()
        && !stem.starts_with('-')
        && !stem.ends_with('-')
        && stem
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    paths.sort();
    paths
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}
