//! Rust code blocks written in the Markdown itself (the README and inline
//! blocks in chapters), compiled and run by skeptic. Each test is named for
//! its file and line, for example `src__introduction_md_sect_..._line_42`.
//! tests/build.rs generates them; listings are not Markdown code blocks.

include!(concat!(env!("OUT_DIR"), "/skeptic-tests.rs"));
