//! The listings bench measures, by kind: a scan of
//! `listings/<chapter>/<kind>/<name>.rs`, kept apart so that the book's own
//! model of a listing can take its place.

use std::path::{Path, PathBuf};

pub struct Listings {
    /// (kind folder, absolute path, path shown from the root), sorted.
    pub all: Vec<(String, PathBuf, String)>,
}

impl Listings {
    pub fn scan(root: &Path) -> Listings {
        let mut all = Vec::new();
        for chapter in sorted(&root.join("listings")) {
            for kind in ["runs", "fails", "panics"] {
                for file in sorted(&chapter.join(kind)) {
                    if file.extension().is_some_and(|e| e == "rs") {
                        let shown = file
                            .strip_prefix(root)
                            .unwrap()
                            .to_string_lossy()
                            .replace('\\', "/");
                        all.push((kind.to_string(), file, shown));
                    }
                }
            }
        }
        Listings { all }
    }

    fn of(&self, kind: &str) -> impl Iterator<Item = &(String, PathBuf, String)> {
        self.all.iter().filter(move |l| l.0 == kind)
    }

    pub fn count(&self, kind: &str) -> usize {
        self.of(kind).count()
    }

    /// The first listing of `kind`: its path and the path shown.
    pub fn first(&self, kind: &str) -> Option<(PathBuf, String)> {
        self.of(kind).next().map(|l| (l.1.clone(), l.2.clone()))
    }
}

/// The entries of `dir`, sorted; none if it cannot be read.
fn sorted(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    paths
}
