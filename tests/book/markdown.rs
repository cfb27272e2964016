//! Rust code blocks written in the Markdown itself (the README and inline
//! blocks in chapters), compiled and run by skeptic. Each test is named for
//! its file and line, for example `src__introduction_md_sect_..._line_42`.
//! tests/build.rs generates them; blocks that include a listing are left to
//! `compiler` and `programs`.

include!(concat!(env!("OUT_DIR"), "/skeptic-tests.rs"));
