//! How the listings in other languages are built and run: the commands a
//! reader would type in the listing's folder. The test suite runs exactly
//! these (and shows them in a C or C++ listing's transcript); the bench's
//! floor runs them too.

use crate::{Kind, Listing};

/// The flags every C and C++ listing is compiled with.
pub const C_FLAGS: &str = "-std=c17 -g -O0 -fno-omit-frame-pointer -fsanitize=address,undefined";
pub const CPP_FLAGS: &str = "-std=c++17 -g -O0 -fno-omit-frame-pointer -fsanitize=address,undefined";
/// Without sanitizers, for Valgrind (the two do not run together).
pub const C_FLAGS_VALGRIND: &str = "-std=c17 -g -O0";
pub const CPP_FLAGS_VALGRIND: &str = "-std=c++17 -g -O0";
pub const VALGRIND: &str = "valgrind -q --track-origins=yes";

/// Whether the listing asks for Valgrind: a line `//@ detector: valgrind`.
pub fn uses_valgrind(source: &str) -> bool {
    source.lines().any(|l| l.trim() == "//@ detector: valgrind")
}

/// The command lines (words separated by single spaces) that build and run
/// the listing `listing`, whose source is `source`, in a folder holding a
/// copy of it under its own file name: for C and C++ a build and a run, for
/// Python and Java a run. Empty for Rust.
pub fn commands(listing: &Listing, source: &str) -> Vec<String> {
    let file = listing.path.file_name().unwrap().to_string_lossy().into_owned();
    let exe = &listing.name;
    let native = |compiler: &str, flags: &str, valgrind_flags: &str| {
        if uses_valgrind(source) {
            vec![
                format!("{compiler} {valgrind_flags} {file} -o {exe}"),
                format!("{VALGRIND} ./{exe}"),
            ]
        } else {
            vec![format!("{compiler} {flags} {file} -o {exe}"), format!("./{exe}")]
        }
    };
    match listing.kind {
        Kind::C => native("gcc", C_FLAGS, C_FLAGS_VALGRIND),
        Kind::Cpp => native("g++", CPP_FLAGS, CPP_FLAGS_VALGRIND),
        Kind::Python => vec![format!("python3 {file}")],
        Kind::Java => vec![format!("java {file}")],
        _ => Vec::new(),
    }
}
