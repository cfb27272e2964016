//! The Markdown table `cargo xtask bench` prints: one section a part of the
//! bench, one row a measurement.

use std::fmt::Write as _;

#[derive(Default)]
pub struct Table {
    text: String,
}

impl Table {
    pub fn section(&mut self, title: &str) {
        let _ = write!(
            self.text,
            "\n**{title}**\n\n| Measurement | Result | Notes |\n| --- | --- | --- |\n"
        );
    }

    pub fn row(&mut self, what: &str, value: String, note: &str) {
        let _ = writeln!(self.text, "| {what} | {value} | {note} |");
    }

    pub fn render(&self) -> &str {
        self.text.trim_start()
    }
}

/// Seconds, as the table shows a time.
pub fn secs(time: f64) -> String {
    format!("{time:.2} s")
}

/// `n` with its digits in groups of three: 1,234,567.
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
