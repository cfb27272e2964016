//! The two directives a chapter uses for listings:
//!
//! - `{{#listing ../../listings/<chapter>/<kind>/<name>.rs "Caption"}}`, alone
//!   on its line, shows a listing (or `<name>.rs:anchor`, an excerpt) with
//!   its number, badge and snapshot: the kind is written once, by the folder;
//! - `{{#ref name}}` (a listing of the same chapter) or `{{#ref
//!   chapter/name}}` stands for "Listing C-N" in the prose, and links to it
//!   when it is on another page, so a reference can name no listing that
//!   does not exist and never goes stale when listings are renumbered.
//!
//! `\{{#listing` and `\{{#ref` are left as text (without the backslash).

use crate::Kind;
/// A directive, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Directive {
    Listing {
        /// The path as written, relative to the page, without the anchor.
        path: String,
        anchor: Option<String>,
        /// HTML allowed (`<code>...</code>`), as in any figure caption.
        caption: String,
    },
    Ref {
        name: String,
    },
    /// `{{#mir path}}`: the compiler's MIR of the function the listing at
    /// `path` names on its `//@ mir:` line, from its `.mir` snapshot.
    Mir {
        path: String,
    },
}

/// A directive found in a page.
#[derive(Clone, Debug)]
pub struct Found {
    /// 1-based line in the page.
    pub line: usize,
    /// Byte range of the directive in the page (for a listing, the whole
    /// line without its line break).
    pub range: std::ops::Range<usize>,
    /// The directive, or what is wrong with how it is written.
    pub directive: Result<Directive, String>,
}

const LISTING: &str = "{{#listing";
const REF: &str = "{{#ref";
const MIR: &str = "{{#mir";

/// Every `{{#listing}}`, `{{#ref}}` and `{{#mir}}` in `text`, in order.
pub fn find(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let number = index + 1;
        let body = line.trim_end_matches(['\n', '\r']);
        let mut from = 0;
        while let Some(at) = body[from..].find("{{#").map(|i| i + from) {
            from = at + 3;
            let escaped = at > 0 && body.as_bytes()[at - 1] == b'\\';
            let rest = &body[at..];
            let is = |word: &str| {
                rest.starts_with(word)
                    && rest[word.len()..].starts_with(|c: char| c.is_whitespace() || c == '}')
            };
            if escaped || !(is(LISTING) || is(REF) || is(MIR)) {
                continue;
            }
            // A listing's caption may hold `{{#ref}}`s: its own end is the
            // line's last `}}`.
            let close = if is(LISTING) { rest.rfind("}}") } else { rest.find("}}") };
            let Some(close) = close else {
                found.push(Found {
                    line: number,
                    range: offset + at..offset + body.len(),
                    directive: Err("a directive without its closing `}}`".into()),
                });
                break;
            };
            let inner = &rest[2..close];
            let range = offset + at..offset + at + close + 2;
            let directive = if is(LISTING) {
                if body.trim() != &rest[..close + 2] {
                    Err("`{{#listing ...}}` stands alone on its line, outside \
                         paragraphs and code blocks"
                        .to_string())
                } else {
                    parse_listing(inner["#listing".len()..].trim())
                }
            } else if is(MIR) {
                let path = inner["#mir".len()..].trim();
                if body.trim() != &rest[..close + 2] {
                    Err("`{{#mir ...}}` stands alone on its line".to_string())
                } else if !path.ends_with(".rs") || path.contains(char::is_whitespace) {
                    Err(format!(
                        "write `{{{{#mir ../../listings/<chapter>/runs/<name>.rs}}}}`, not `{path}`"
                    ))
                } else {
                    Ok(Directive::Mir { path: path.to_string() })
                }
            } else {
                parse_ref(inner["#ref".len()..].trim())
            };
            found.push(Found {
                line: number,
                range,
                directive,
            });
            from = at + close + 2;
        }
        offset += line.len();
    }
    found
}

fn parse_listing(inner: &str) -> Result<Directive, String> {
    let usage = "write `{{#listing ../../listings/<chapter>/<kind>/<name>.rs \"Caption\"}}` \
                 (or `<name>.rs:anchor` for an excerpt; `.c`, `.cpp`, `.py`, `.java` \
                 for the other languages)";
    let (target, caption) = inner
        .split_once(char::is_whitespace)
        .ok_or_else(|| format!("a listing needs a caption: {usage}"))?;
    let caption = caption.trim();
    let caption = caption
        .strip_prefix('"')
        .and_then(|c| c.strip_suffix('"'))
        .filter(|c| !c.trim().is_empty())
        .ok_or_else(|| format!("the caption goes in double quotes: {usage}"))?;
    let extensions = Kind::ALL.map(Kind::source_extension);
    let split = extensions.iter().find_map(|ext| {
        let (path, anchor) = target.split_once(&format!(".{ext}:"))?;
        Some((format!("{path}.{ext}"), Some(anchor.to_string())))
    });
    let (path, anchor) = split.unwrap_or_else(|| (target.to_string(), None));
    if !extensions.iter().any(|ext| path.ends_with(&format!(".{ext}"))) {
        return Err(format!("`{target}` is not a listing (a source file): {usage}"));
    }
    if let Some(anchor) = &anchor
        && (anchor.is_empty() || anchor.chars().all(|c| c.is_ascii_digit() || c == ':'))
    {
        return Err(format!(
            "`{target}`: line ranges drift silently when a listing changes; mark \
             the excerpt with `// ANCHOR: name` and `// ANCHOR_END: name` and \
             show `<name>.rs:name`"
        ));
    }
    Ok(Directive::Listing {
        path,
        anchor,
        caption: caption.to_string(),
    })
}

fn parse_ref(inner: &str) -> Result<Directive, String> {
    let valid = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '/')
    };
    if !valid(inner) || inner.matches('/').count() > 1 {
        return Err(format!(
            "`{{{{#ref {inner}}}}}`: write `{{{{#ref name}}}}` for a listing of this \
             chapter or `{{{{#ref chapter/name}}}}` (the listing's file name \
             without `.rs`)"
        ));
    }
    Ok(Directive::Ref {
        name: inner.to_string(),
    })
}

/// Removes the backslash of escaped directives.
pub fn unescape(text: &str) -> String {
    text.replace("\\{{#listing", "{{#listing")
        .replace("\\{{#ref", "{{#ref")
}
