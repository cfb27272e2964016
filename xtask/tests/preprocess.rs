//! A stock `mdbook build` runs the listings preprocessor as the command in
//! book.toml (`cargo xtask preprocess`), through mdBook's JSON protocol:
//! that command must render the book exactly as the library does for
//! `cargo xtask build`.

use mdbook_driver::MDBook;
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn the_preprocess_command_renders_the_book_like_the_library() {
    let root = xtask::root();
    let book = MDBook::load(&root).expect("the book loads");
    let ctx = PreprocessorContext::new(root.clone(), book.config.clone(), "html".into());
    let input = serde_json::to_vec(&(&ctx, &book.book)).unwrap();

    let xtask = env!("CARGO_BIN_EXE_xtask");
    let supports = Command::new(xtask)
        .args(["preprocess", "supports", "html"])
        .status()
        .unwrap();
    assert!(supports.success(), "`preprocess supports html` should say yes");

    let mut child = Command::new(xtask)
        .arg("preprocess")
        .current_dir(&root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let by_command: mdbook_preprocessor::book::Book =
        serde_json::from_slice(&output.stdout).expect("a book on stdout");
    let by_library = xtask::preprocess::Listings
        .run(&ctx, book.book.clone())
        .unwrap();
    assert_eq!(
        serde_json::to_string(&by_command).unwrap(),
        serde_json::to_string(&by_library).unwrap()
    );
    let rendered = serde_json::to_string(&by_library).unwrap();
    assert!(!rendered.contains("{{#listing"), "a directive was left unrendered");
    assert!(rendered.contains("<figure class=\\\"listing\\\" id=\\\"listing-1-1\\\">"));
}
