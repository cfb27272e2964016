//! What a listing does, declared by the folder it sits in:
//! `listings/<chapter>/<kind>/<name>.<ext>`.

/// The kinds of listing. The test suite has one module per kind, named for
/// its folder, that writes its snapshots when blessing (see
/// [`crate::work::bless_filters`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Compiles warning-free, exits 0; stdout in `<name>.stdout`.
    Runs,
    /// Does not compile; the compiler's message in `<name>.stderr`.
    Fails,
    /// Compiles warning-free, panics; its stderr in `<name>.stderr`.
    Panics,
    /// Compiles warning-free, is killed by `SIGABRT` (a stack overflow, an
    /// abort); its stderr in `<name>.stderr`.
    Aborts,
    /// Compiles warning-free; run under Miri, it is reported as undefined
    /// behaviour; Miri's report in `<name>.stderr`.
    Ub,
    /// A C program (`<name>.c`), compiled with gcc and the sanitizers (or
    /// run under Valgrind) and run: the transcript in `<name>.out`.
    C,
    /// The same for C++ (`<name>.cpp`, g++).
    Cpp,
    /// A Python program (`<name>.py`) run by python3; stdout in `<name>.stdout`.
    Python,
    /// A Java program (`<name>.java`) run by `java`; stdout in `<name>.stdout`.
    Java,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::Runs,
        Kind::Fails,
        Kind::Panics,
        Kind::Aborts,
        Kind::Ub,
        Kind::C,
        Kind::Cpp,
        Kind::Python,
        Kind::Java,
    ];

    /// The folder that declares the kind (and the test module that checks it).
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Runs => "runs",
            Kind::Fails => "fails",
            Kind::Panics => "panics",
            Kind::Aborts => "aborts",
            Kind::Ub => "ub",
            Kind::C => "c",
            Kind::Cpp => "cpp",
            Kind::Python => "python",
            Kind::Java => "java",
        }
    }

    pub fn from_folder(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.folder() == name)
    }

    /// The source file's extension.
    pub fn source_extension(self) -> &'static str {
        match self {
            Kind::Runs | Kind::Fails | Kind::Panics | Kind::Aborts | Kind::Ub => "rs",
            Kind::C => "c",
            Kind::Cpp => "cpp",
            Kind::Python => "py",
            Kind::Java => "java",
        }
    }

    /// The snapshot file's extension.
    pub fn snapshot_extension(self) -> &'static str {
        match self {
            Kind::Runs | Kind::Python | Kind::Java => "stdout",
            Kind::Fails | Kind::Panics | Kind::Aborts | Kind::Ub => "stderr",
            Kind::C | Kind::Cpp => "out",
        }
    }

    /// Whether the listing is Rust built by the book's stable compiler in
    /// the batch of programs (warnings denied).
    pub fn is_program(self) -> bool {
        matches!(self, Kind::Runs | Kind::Panics | Kind::Aborts | Kind::Ub)
    }

    /// Whether the batch runs the program it built (undefined behaviour is
    /// run under Miri only).
    pub fn runs_natively(self) -> bool {
        matches!(self, Kind::Runs | Kind::Panics | Kind::Aborts)
    }

    /// Whether the listing is in a language other than Rust.
    pub fn is_foreign(self) -> bool {
        matches!(self, Kind::C | Kind::Cpp | Kind::Python | Kind::Java)
    }

    /// The badge's text in the chapter; its CSS class is [`Kind::folder`].
    pub fn badge(self) -> &'static str {
        match self {
            Kind::Runs => "Runs",
            Kind::Fails => "Does not compile",
            Kind::Panics => "Panics",
            Kind::Aborts => "Aborts",
            Kind::Ub => "Undefined behaviour",
            Kind::C => "C",
            Kind::Cpp => "C++",
            Kind::Python => "Python",
            Kind::Java => "Java",
        }
    }

    /// The info string of the code fence that shows the listing.
    pub fn fence(self) -> &'static str {
        match self {
            Kind::Runs | Kind::Aborts | Kind::Ub => "rust",
            Kind::Fails => "rust,compile_fail",
            Kind::Panics => "rust,should_panic",
            Kind::C => "c",
            Kind::Cpp => "cpp",
            Kind::Python => "python",
            Kind::Java => "java",
        }
    }
}
