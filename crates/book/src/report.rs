//! One report type for every check: a problem names the file (and line) to
//! fix, then says what is wrong.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file to fix, from the repository root: `src/borrowing/rules.md`.
    pub file: String,
    /// Its line, when the problem has one (1-based).
    pub line: Option<usize>,
    /// What is wrong, and what to do; may hold a diff or compiler output.
    pub message: String,
}

impl Problem {
    pub fn at(file: impl Into<String>, line: usize, message: impl Into<String>) -> Problem {
        Problem {
            file: file.into(),
            line: Some(line),
            message: message.into(),
        }
    }

    pub fn in_file(file: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            file: file.into(),
            line: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// What a check found.
#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<Problem>,
    /// Snapshots written while blessing, as paths from the root.
    pub blessed: Vec<String>,
    /// Listings (or pages) checked now.
    pub checked: usize,
    /// Listings not checked again: unchanged since their check passed.
    pub cached: usize,
}

impl Report {
    pub fn push(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }

    /// Every problem, one after the other, for a failing test's message.
    pub fn describe(&self) -> String {
        let list: Vec<String> = self.problems.iter().map(Problem::to_string).collect();
        list.join("\n\n")
    }

    /// Fails the calling test with every problem, counted, if there is one.
    #[track_caller]
    pub fn assert_ok(&self, what: &str) {
        for blessed in &self.blessed {
            eprintln!("blessed {blessed}: read it before you commit");
        }
        assert!(
            self.is_ok(),
            "{} problem(s) in {what}:\n\n{}",
            self.problems.len(),
            self.describe()
        );
    }
}
