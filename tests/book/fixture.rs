//! A small book that passes every check, written fresh into a folder of its
//! own for each test in `mistakes`, which then breaks one thing in it.

use book_model::work::Work;
use book_model::{Kind, Listing, Problem, Report};
use std::fs;
use std::path::PathBuf;

pub struct Fixture {
    pub root: PathBuf,
}

const FILES: &[(&str, &str)] = &[
    (
        "src/SUMMARY.md",
        "# Summary\n\n[Introduction](introduction.md)\n\n\
         - [Demo](demo/index.md)\n  - [More](demo/more.md)\n- [Later]()\n",
    ),
    (
        "src/introduction.md",
        "# Introduction\n\nRead [the demo](demo/index.md#the-demo) first.\n\n\
         ```text\nplain text\n```\n",
    ),
    (
        "src/demo/index.md",
        r#"# The demo

{{#listing ../../listings/demo/runs/hello.rs "Hello"}}

{{#listing ../../listings/demo/fails/moved.rs "Moved"}}

<figure class="diagram" id="figure-1-1">

```mermaid
flowchart LR
  accTitle: Two boxes
  accDescr: A box with an arrow to another box.
  a --> b
```

<figcaption>Figure 1-1: Two boxes</figcaption>
</figure>
"#,
    ),
    (
        "src/demo/more.md",
        r#"# More

See {{#ref hello}} on [its page](index.md#the-demo).

{{#listing ../../listings/demo/panics/boom.rs "Boom"}}

{{#listing ../../listings/demo/runs/excerpt.rs:middle "Part of a file"}}
"#,
    ),
    (
        "listings/demo/runs/hello.rs",
        "fn main() {\n    println!(\"hello\");\n}\n",
    ),
    ("listings/demo/runs/hello.stdout", "hello\n"),
    (
        "listings/demo/runs/excerpt.rs",
        "fn main() {\n    // ANCHOR: middle\n    let n = 2 + 2;\n    \
         // ANCHOR_END: middle\n    println!(\"{n}\");\n}\n",
    ),
    ("listings/demo/runs/excerpt.stdout", "4\n"),
    (
        "listings/demo/fails/moved.rs",
        "fn main() {\n    let a = String::new();\n    let b = a;\n    \
         println!(\"{a}{b}\");\n}\n",
    ),
    (
        "listings/demo/fails/moved.stderr",
        "(compared by trybuild, not here)\n",
    ),
    (
        "listings/demo/panics/boom.rs",
        "fn main() {\n    panic!(\"boom\");\n}\n",
    ),
    (
        "listings/demo/panics/boom.stderr",
        "\nthread 'main' panicked at listings/demo/panics/boom.rs:2:5:\nboom\n\
         note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
    ),
];

impl Fixture {
    /// Writes the small book into `target/book-fixtures/<name>`.
    pub fn new(name: &str) -> Fixture {
        let root = Work::Fixtures.dir(&crate::target_dir()).join(name);
        let _ = fs::remove_dir_all(&root);
        for (path, text) in FILES {
            let path = root.join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        Fixture { root }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// Replaces the one occurrence of `from` in the file with `to`.
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = fs::read_to_string(self.path(rel)).unwrap();
        assert_eq!(
            text.matches(from).count(),
            1,
            "{rel} should hold {from:?} once"
        );
        self.write(rel, &text.replacen(from, to, 1));
    }

    pub fn remove(&self, rel: &str) {
        fs::remove_file(self.path(rel)).unwrap();
    }

    pub fn lints(&self) -> Vec<Problem> {
        crate::lints::check(&self.root)
    }

    /// Builds and runs the fixture's programs (runs and panics listings,
    /// Rust blocks of its Markdown), and checks them as the book's are.
    pub fn programs(&self) -> Report {
        let inventory = book_model::inventory::scan(&self.root);
        let listings: Vec<&Listing> = inventory.listings.iter().collect();
        let batch = crate::programs::of(&self.root, &self.path("target"));
        let mut report = crate::programs::check(&batch, &listings, Kind::Runs, false, crate::runs::verify);
        for other in [
            crate::programs::check(&batch, &listings, Kind::Panics, false, crate::panics::verify),
            crate::markdown::check(&batch),
        ] {
            report.problems.extend(other.problems);
            report.checked += other.checked;
        }
        report
    }
}
