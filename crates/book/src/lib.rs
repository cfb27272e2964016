//! The model of the book's listings, shared by the test suite (`tests/book`),
//! the xtask (`bless`, `bench`, the `{{#listing}}` preprocessor) and nothing
//! else: no crate spells a kind, a snapshot extension or a generated folder
//! of its own.
//!
//! - [`kind`]: what a listing does (its folder), and how it is shown;
//! - [`inventory`]: the scan of `listings/`;
//! - [`directive`]: `{{#listing ...}}`, `{{#ref ...}}` and `{{#mir ...}}` in the Markdown;
//! - [`foreign`]: the commands that build and run the listings in other languages;
//! - [`book`]: the pages in SUMMARY.md order, the numbering of listings
//!   and the rendering of a page;
//! - [`figure`]: the figure a listing or a MIR excerpt becomes;
//! - [`work`]: the folders the harness generates and the bless switch;
//! - [`manifest`]: the Cargo.toml files of those generated packages;
//! - [`quiz`]: ```quiz blocks, the questions whose answers are snapshots,
//!   and (`quiz::html`) what they become;
//! - [`record`]: records of passed checks, and the pool that runs the others;
//! - [`report`]: one problem type for every check, `file:line: message`.

pub mod book;
pub mod directive;
pub mod figure;
pub mod foreign;
pub mod inventory;
pub mod kind;
pub mod manifest;
pub mod quiz;
pub mod record;
pub mod report;
pub mod work;

pub use inventory::{Inventory, Listing};
pub use kind::Kind;
pub use report::{Problem, Report};
