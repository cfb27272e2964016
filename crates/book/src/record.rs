//! What the harness keeps between runs so that a check whose inputs did not
//! change is not run again, as cargo does for a build: a record per listing
//! of a passed check, holding a fingerprint of everything its verdict
//! depends on; and the pool that runs the checks that are due, two at a time
//! (the machines have two cores, and most of a check's time is a tool's).

use crate::Listing;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// A 64-bit FNV-1a fingerprint of `parts`, each ended by a zero byte, as 16
/// hex digits. Not for security: to notice that an input changed.
pub fn fingerprint<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut hash: u64 = 0xcbf29ce484222325;
    for part in parts {
        for byte in part.iter().chain(&[0]) {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x100000001b3);
        }
    }
    format!("{hash:016x}")
}

/// The records of one kind of check: `<work_dir>/passed/<unique name>`.
pub struct Records {
    dir: PathBuf,
}

impl Records {
    pub fn in_work_dir(work_dir: &Path) -> Records {
        let dir = work_dir.join("passed");
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        Records { dir }
    }

    fn path(&self, listing: &Listing) -> PathBuf {
        self.dir.join(listing.unique_name())
    }

    /// Whether the listing's check passed with inputs whose fingerprint is `key`.
    pub fn passed(&self, listing: &Listing, key: &str) -> bool {
        std::fs::read_to_string(self.path(listing)).is_ok_and(|k| k == key)
    }

    /// Records that the check passed with inputs whose fingerprint is `key`.
    pub fn record(&self, listing: &Listing, key: &str) {
        let path = self.path(listing);
        std::fs::write(&path, key).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

/// `work` applied to every item, two at a time; the results in the items'
/// order.
pub fn two_at_a_time<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = Mutex::new(0);
    let results: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                loop {
                    let i = {
                        let mut next = next.lock().unwrap();
                        *next += 1;
                        *next - 1
                    };
                    let Some(item) = items.get(i) else { break };
                    let result = work(item);
                    results.lock().unwrap().push((i, result));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn two_at_a_time_keeps_the_order_of_the_items() {
        let squares = super::two_at_a_time(&[1, 2, 3, 4, 5], |n| n * n);
        assert_eq!(squares, [1, 4, 9, 16, 25]);
    }

    #[test]
    fn a_fingerprint_changes_with_any_part_and_with_where_parts_end() {
        let a = super::fingerprint([&b"ab"[..], b"c"]);
        assert_ne!(a, super::fingerprint([&b"ab"[..], b"d"]));
        assert_ne!(a, super::fingerprint([&b"a"[..], b"bc"]));
        assert_eq!(a, super::fingerprint([&b"ab"[..], b"c"]));
    }
}
