//! The scan of `listings/`: every listing, its kind and its snapshot, and
//! every file there that does not fit the layout
//! `listings/<chapter>/<kind>/<name>.rs`.

use crate::{Kind, Problem};
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listing {
    /// The chapter's folder, under both `listings/` and `src/`.
    pub chapter: String,
    pub kind: Kind,
    /// The file stem: unique within a chapter.
    pub name: String,
    /// Absolute path of the source file (`.rs`, or `.c`, `.cpp`, `.py`,
    /// `.java` for the other languages).
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
        let source = format!(".{}", self.kind.source_extension());
        format!("{}.{ext}", self.shown.strip_suffix(&source).unwrap())
    }

    /// How a page refers to it: `name` from its own chapter,
    /// `chapter/name` from anywhere.
    pub fn reference(&self) -> String {
        format!("{}/{}", self.chapter, self.name)
    }

    /// Whether Miri checks the listing: every `ub` listing, and every runs
    /// listing whose source uses `unsafe` (which must run clean).
    pub fn checked_by_miri(&self) -> bool {
        match self.kind {
            Kind::Ub => true,
            Kind::Runs => std::fs::read_to_string(&self.path).is_ok_and(|s| s.contains("unsafe")),
            _ => false,
        }
    }

    /// The function whose MIR the listing's `.mir` snapshot holds, named
    /// on a line `//@ mir: name` (runs and does-not-compile listings).
    pub fn mir_function(&self) -> Option<String> {
        if !matches!(self.kind, Kind::Runs | Kind::Fails) {
            return None;
        }
        std::fs::read_to_string(&self.path)
            .ok()?
            .lines()
            .find_map(|l| l.trim().strip_prefix("//@ mir:").map(|f| f.trim().to_string()))
    }

    /// The files the listing compiles in besides itself: the modules it
    /// declares with `#[path = "..."]` (another chapter's listing written
    /// once and shared, such as an executor), resolved from its folder.
    pub fn included(&self) -> Vec<PathBuf> {
        let Ok(text) = std::fs::read_to_string(&self.path) else {
            return Vec::new();
        };
        let dir = self.path.parent().unwrap();
        text.lines()
            .filter_map(|l| l.trim().strip_prefix("#[path = \"")?.strip_suffix("\"]"))
            .map(|rel| crate::book::normalize(&dir.join(rel)))
            .collect()
    }

    /// The listing's bytes followed by those of the files it includes:
    /// what a record of a passed check fingerprints as "the listing".
    pub fn source_bytes(&self) -> Vec<u8> {
        let mut bytes = std::fs::read(&self.path).unwrap_or_default();
        for path in self.included() {
            bytes.extend_from_slice(b"\n\0included\0\n");
            bytes.extend(std::fs::read(path).unwrap_or_default());
        }
        bytes
    }

    /// The listing's MIR snapshot: `<name>.mir` beside it.
    pub fn mir_snapshot(&self) -> PathBuf {
        self.path.with_extension("mir")
    }

    /// Whether an undefined-behaviour listing asks, on a line `//@ native-run`,
    /// for its snapshot to show two native runs too (built by `rustc` without
    /// and with `-O`) above Miri's report: what "it printed the right
    /// answer" is worth.
    pub fn native_run(&self) -> bool {
        self.kind == Kind::Ub
            && std::fs::read_to_string(&self.path).is_ok_and(|s| s.lines().any(|l| l.trim() == "//@ native-run"))
    }

    /// The Miri flags the listing declares on `//@ miri-flags:` lines.
    pub fn miri_flags(&self) -> Vec<String> {
        std::fs::read_to_string(&self.path)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.trim().strip_prefix("//@ miri-flags:"))
            .flat_map(|f| f.split_whitespace().map(str::to_string))
            .collect()
    }

    /// A name for the listing that is unique in the book and a valid
    /// identifier tail: `borrowing__fails__two-mutable-borrows`.
    pub fn unique_name(&self) -> String {
        format!("{}__{}__{}", self.chapter, self.kind.folder(), self.name)
    }
}

/// Every listing under `root/listings` (sorted by path), and every file
/// there that does not fit the layout.
#[derive(Debug, Default)]
pub struct Inventory {
    pub listings: Vec<Listing>,
    pub problems: Vec<Problem>,
}

impl Inventory {
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Listing> {
        self.listings.iter().filter(move |l| l.kind == kind)
    }

    pub fn programs(&self) -> impl Iterator<Item = &Listing> {
        self.listings.iter().filter(|l| l.kind.is_program())
    }

    /// The listing at `path` (absolute, normalized).
    pub fn at(&self, path: &Path) -> Option<&Listing> {
        self.listings.iter().find(|l| l.path == path)
    }
}

const LAYOUT: &str = "listings go in listings/<chapter>/<kind>/<name>.<ext>: \
     runs, fails, panics or ub for Rust (.rs), c (.c), cpp (.cpp), python (.py), java (.java)";

pub fn scan(root: &Path) -> Inventory {
    let mut inventory = Inventory::default();
    let base = root.join("listings");
    let walk = WalkDir::new(&base)
        .min_depth(1)
        .max_depth(3)
        .sort_by_file_name();
    for entry in walk.into_iter().filter_map(Result::ok) {
        let rel = entry.path().strip_prefix(&base).unwrap();
        let shown = format!("listings/{}", rel.to_string_lossy().replace('\\', "/"));
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let is_dir = entry.file_type().is_dir();
        match parts.as_slice() {
            [_] | [_, _] if !is_dir => {
                inventory
                    .problems
                    .push(Problem::in_file(shown, format!("not a folder ({LAYOUT})")));
            }
            [_] => {}
            [_, kind] => {
                if Kind::from_folder(kind).is_none() {
                    inventory
                        .problems
                        .push(Problem::in_file(shown, format!("unexpected ({LAYOUT})")));
                }
            }
            [chapter, kind, file] => {
                let Some(kind) = Kind::from_folder(kind) else {
                    continue; // reported at its folder
                };
                if is_dir {
                    inventory
                        .problems
                        .push(Problem::in_file(shown, format!("unexpected folder ({LAYOUT})")));
                    continue;
                }
                file_in_kind_folder(&mut inventory, chapter, kind, file, entry.path(), shown);
            }
            _ => {}
        }
    }
    inventory
}

fn file_in_kind_folder(
    inventory: &mut Inventory,
    chapter: &str,
    kind: Kind,
    file: &str,
    path: &Path,
    shown: String,
) {
    let (stem, ext) = file.rsplit_once('.').unwrap_or((file, ""));
    let snapshot = kind.snapshot_extension();
    let source = kind.source_extension();
    if ext == source {
        if !is_valid_name(stem) {
            inventory.problems.push(Problem::in_file(
                &shown,
                format!(
                    "listing names are lower-case words joined by hyphens \
                     (for example use-after-move.{source})"
                ),
            ));
        }
        if !path.with_extension(snapshot).is_file() {
            inventory.problems.push(Problem::in_file(
                &shown,
                format!(
                    "no snapshot {stem}.{snapshot}: run `cargo xtask bless`, \
                     then read the new file before you commit it"
                ),
            ));
        }
        inventory.listings.push(Listing {
            chapter: chapter.to_string(),
            kind,
            name: stem.to_string(),
            path: path.to_path_buf(),
            shown,
        });
    } else if ext == "mir" && matches!(kind, Kind::Runs | Kind::Fails) {
        let declares = std::fs::read_to_string(path.with_extension(source))
            .is_ok_and(|s| s.lines().any(|l| l.trim().starts_with("//@ mir:")));
        if !declares {
            inventory.problems.push(Problem::in_file(
                shown,
                format!(
                    "a MIR snapshot whose listing {stem}.{source} names no function \
                     (`//@ mir: name`): delete it, or add the line"
                ),
            ));
        }
    } else if ext == snapshot {
        if !path.with_extension(source).is_file() {
            inventory.problems.push(Problem::in_file(
                shown,
                format!(
                    "snapshot without its listing {stem}.{source} \
                     (delete it, or restore the listing)"
                ),
            ));
        }
    } else {
        inventory.problems.push(Problem::in_file(
            shown,
            format!(
                "unexpected file; a {} listing has only <name>.{source} and <name>.{snapshot}",
                kind.folder()
            ),
        ));
    }
}

fn is_valid_name(stem: &str) -> bool {
    !stem.is_empty()
        && !stem.starts_with('-')
        && !stem.ends_with('-')
        && stem
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
