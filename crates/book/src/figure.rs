//! The HTML and Markdown that a listing's directive becomes: the numbered
//! figure of a `{{#listing}}` (badge, program, snapshot, the link to the
//! Playground) and the figure of a `{{#mir}}`. `book::render` calls them.

use crate::book::{Numbering, Shown};

/// What `{{#mir path}}` becomes: the `.mir` snapshot of a listing shown in
/// the book, in a figure whose caption names the function and the listing.
pub fn mir_figure(path: &str, numbering: &Numbering) -> Result<String, String> {
    let mut from_root = path;
    while let Some(rest) = from_root.strip_prefix("../") {
        from_root = rest;
    }
    let shown = numbering
        .shown
        .iter()
        .find(|s| s.listing.shown == from_root)
        .ok_or_else(|| format!("`{path}` is not a listing shown in the book: show it with `{{{{#listing}}}}` first"))?;
    let function = shown.listing.mir_function().ok_or_else(|| {
        format!(
            "{} names no function for its MIR: add a line `//@ mir: <function>`",
            shown.listing.shown
        )
    })?;
    let how = if shown.listing.kind == crate::Kind::Fails {
        "that the borrow checker reads, as nightly <code>rustc -Zdump-mir</code> \
         writes it after the <code>renumber</code> pass, without the blocks that run \
         only while unwinding and without storage markers, fake reads, place \
         mentions and type ascriptions"
    } else {
        "as <code>rustc --emit=mir</code> writes it, without the blocks that run \
         only while unwinding"
    };
    Ok(format!(
        "<figure class=\"mir\">\n\
         <figcaption>The MIR of <code>{function}</code> in Listing {number} {how}</figcaption>\n\
         \n\
         ```text\n\
         {{{{#include {include}}}}}\n\
         ```\n\
         \n\
         </figure>",
        number = shown.number,
        include = format!("{}.mir", path.strip_suffix(".rs").unwrap()),
    ))
}

/// The figure a `{{#listing}}` becomes: number, badge, the listing and its
/// snapshot right below it, both through mdBook's `{{#include}}`.
pub fn figure(shown: &Shown, caption: &str) -> String {
    let kind = shown.listing.kind;
    let include = match &shown.anchor {
        Some(anchor) => format!("{}:{anchor}", shown.written),
        None => shown.written.clone(),
    };
    let snapshot = format!(
        "{}.{}",
        shown.written.strip_suffix(&format!(".{}", kind.source_extension())).unwrap(),
        kind.snapshot_extension()
    );
    format!(
        "<figure class=\"listing\" id=\"{id}\"{native}>\n\
         <figcaption><span class=\"badge {class}\">{badge}</span> Listing {number}: \
         {caption}</figcaption>\n\
         \n\
         ```{fence}\n\
         {{{{#include {include}}}}}\n\
         ```\n\
         \n\
         ```text\n\
         {{{{#include {snapshot}}}}}\n\
         ```\n\
         {playground}\
         \n\
         </figure>",
        id = shown.id(),
        native = if shown.listing.native_run() { " data-native-run" } else { "" },
        class = kind.folder(),
        badge = kind.badge(),
        number = shown.number,
        caption = caption,
        fence = kind.fence(),
        playground = playground_link(&shown.listing).map_or(String::new(), |url| format!(
            "\n<p class=\"open-in-playground\"><a href=\"{url}\" target=\"_blank\" rel=\"noopener\" \
             aria-label=\"Open Listing {number} in the Rust Playground (new tab)\">\
             Open in the Playground</a></p>\n",
            number = shown.number
        )),
    )
}

/// The Rust Playground with the listing's whole source (its `ANCHOR`
/// lines left out, the modules it declares with `#[path]` written inline),
/// on the stable channel and edition 2024, as an HTML attribute value; `None` for a listing that is not Rust. A plain link:
/// nothing is fetched until the reader follows it.
pub fn playground_link(listing: &crate::Listing) -> Option<String> {
    if listing.kind.source_extension() != "rs" {
        return None;
    }
    let source = std::fs::read_to_string(&listing.path).ok()?;
    let included = listing.included();
    let mut code = String::new();
    let mut lines = source.lines().peekable();
    while let Some(l) = lines.next() {
        if l.contains("ANCHOR:") || l.contains("ANCHOR_END:") {
            continue;
        }
        // `#[path = "..."] mod name;` becomes `mod name { ... }` holding the
        // module's text: the Playground has one file.
        if l.trim().starts_with("#[path = \"")
            && let Some(module) = lines.peek().and_then(|m| m.trim().strip_suffix(';'))
            && let Some(path) = included.iter().find(|p| l.contains(&*p.file_name().unwrap().to_string_lossy()))
        {
            let text = std::fs::read_to_string(path).ok()?;
            code.push_str(&format!("{module} {{\n"));
            for inner in text.lines().filter(|i| !i.contains("ANCHOR:") && !i.contains("ANCHOR_END:")) {
                code.push_str(&if inner.is_empty() { String::new() } else { format!("    {inner}") });
                code.push('\n');
            }
            code.push_str("}\n");
            lines.next();
            continue;
        }
        code.push_str(l);
        code.push('\n');
    }
    let code = percent_encoding::utf8_percent_encode(&code, percent_encoding::NON_ALPHANUMERIC);
    Some(format!("https://play.rust-lang.org/?version=stable&amp;mode=debug&amp;edition=2024&amp;code={code}"))
}
