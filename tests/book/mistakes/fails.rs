//! A does-not-compile listing that compiles now, or whose error changed.
//! `fails::check` runs trybuild in a child process and returns a problem
//! per listing it names; a listing whose check passed is not compiled
//! again until it or its snapshot changes.

use crate::fixture::Fixture;
use book_model::Report;

fn check_fails(fixture: &Fixture, bless: bool) -> (Report, String) {
    // trybuild asks cargo about the workspace it runs in (the book's root);
    // the fixture's is empty, wherever the target directory is.
    fixture.write("Cargo.toml", "[workspace]\n");
    let inventory = book_model::inventory::scan(&fixture.root);
    let listings: Vec<_> = inventory.listings.iter().collect();
    let work_dir = fixture.path("target/fails");
    crate::fails::check(&fixture.root, &work_dir, &listings, bless)
}

#[test]
fn a_does_not_compile_listing_that_compiles_now_and_one_whose_error_changed() {
    let Some(proof) = super::Proof::pending("a_does_not_compile_listing_that_compiles_now_and_one_whose_error_changed") else {
        return;
    };
    let fixture = Fixture::new("trybuild");
    let case = "listings/demo/fails/moved.rs";
    let stderr = "listings/demo/fails/moved.stderr";

    // Bless the fixture's snapshot with trybuild.
    let (report, output) = check_fails(&fixture, true);
    let blessed = std::fs::read_to_string(fixture.path(stderr)).unwrap();
    assert!(
        blessed.contains("error[E0382]: borrow of moved value")
            && blessed.contains("--> listings/demo/fails/moved.rs:4:"),
        "{blessed}\n{output}"
    );
    assert!(report.is_ok() && report.checked == 1, "{output}");

    // Two broken copies, each in a chapter of its own, checked in one run;
    // the unchanged listing, whose check passed, is not compiled again.
    let text = std::fs::read_to_string(fixture.path(case)).unwrap();
    for chapter in ["changed", "compiles"] {
        fixture.write(&format!("listings/{chapter}/fails/moved.rs"), &text);
        fixture.write(
            &format!("listings/{chapter}/fails/moved.stderr"),
            &blessed.replace(case, &format!("listings/{chapter}/fails/moved.rs")),
        );
    }
    // The error changed.
    fixture.edit(
        "listings/changed/fails/moved.stderr",
        "borrow of moved value",
        "use of moved value",
    );
    // It compiles now.
    fixture.edit(
        "listings/compiles/fails/moved.rs",
        "println!(\"{a}{b}\");",
        "println!(\"{b}\");",
    );
    let (report, output) = check_fails(&fixture, false);
    assert_eq!((report.checked, report.cached), (2, 1));
    // One problem per broken listing, each naming its file.
    let files: Vec<&str> = report.problems.iter().map(|p| p.file.as_str()).collect();
    assert_eq!(
        files,
        ["listings/changed/fails/moved.rs", "listings/compiles/fails/moved.rs"],
        "{output}"
    );
    // trybuild names each file; for the changed error it shows both texts.
    for fragment in [
        "listings/changed/fails/moved.rs ... mismatch",
        "EXPECTED:",
        "use of moved value",
        "ACTUAL OUTPUT:",
        "listings/compiles/fails/moved.rs ... error",
        "Expected test case to fail to compile, but it succeeded",
    ] {
        assert!(report.describe().contains(fragment), "no {fragment:?} in:\n{}", report.describe());
    }
    assert!(
        !output.contains("listings/demo/fails/moved.rs ..."),
        "the recorded listing was checked again:\n{output}"
    );
    proof.passed();
}


/// rustc moves "the trait `Unpin` is not implemented for `{async
/// block@/path/...}`" from its label to a `help` when the path makes it
/// long: the same listing, blessed where the book's path is short, would
/// not match where it is long. `fails::check` compiles through a path of
/// one length wherever its work directory is, so it matches in both.
#[test]
fn a_message_that_rustc_words_by_the_length_of_its_path() {
    let Some(proof) = super::Proof::pending("a_message_that_rustc_words_by_the_length_of_its_path") else {
        return;
    };
    let fixture = Fixture::new("path-length");
    fixture.write("Cargo.toml", "[workspace]\n");
    let case = "listings/demo/fails/pin.rs";
    fixture.write(
        case,
        "use std::pin::Pin;\n\nfn main() {\n    let mut f = async { 1 };\n    \
         let _ = Pin::new(&mut f);\n}\n",
    );
    let inventory = book_model::inventory::scan(&fixture.root);
    let listings: Vec<_> = inventory
        .listings
        .iter()
        .filter(|l| l.shown == case)
        .collect();
    // A work directory at a short path (the explanation fits a label there)
    // and one at a path 150 characters longer (it would not).
    // (One fixed short path, so that runs do not leave links behind.)
    let short = std::path::PathBuf::from("/tmp/rmb-path-length");
    let long = fixture.path(&format!("target/{}/fails", "long-".repeat(30)));
    let (report, output) = crate::fails::check(&fixture.root, &short, &listings, true);
    assert!(report.is_ok() && report.checked == 1, "{output}");
    let blessed = std::fs::read_to_string(fixture.path("listings/demo/fails/pin.stderr")).unwrap();
    assert!(blessed.contains("error[E0277]"), "{blessed}");
    let (report, output) = crate::fails::check(&fixture.root, &long, &listings, false);
    let _ = std::fs::remove_dir_all(&short);
    assert!(
        report.is_ok() && report.checked == 1,
        "blessed at {}, checked at {}:\n{}\n{output}",
        short.display(),
        long.display(),
        report.describe()
    );
    proof.passed();
}
