//! What a listing does, declared by the folder it sits in:
//! `listings/<chapter>/<kind>/<name>.rs`.

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
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Runs, Kind::Fails, Kind::Panics];

    /// The folder that declares the kind (and the test module that checks it).
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Runs => "runs",
            Kind::Fails => "fails",
            Kind::Panics => "panics",
        }
    }

    pub fn from_folder(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.folder() == name)
    }

    /// The snapshot file's extension.
    pub fn snapshot_extension(self) -> &'static str {
        match self {
            Kind::Runs => "stdout",
            Kind::Fails | Kind::Panics => "stderr",
        }
    }

    /// Whether the listing is compiled into a program that is run.
    pub fn is_program(self) -> bool {
        matches!(self, Kind::Runs | Kind::Panics)
    }

    /// The badge's text in the chapter; its CSS class is [`Kind::folder`].
    pub fn badge(self) -> &'static str {
        match self {
            Kind::Runs => "Runs",
            Kind::Fails => "Does not compile",
            Kind::Panics => "Panics",
        }
    }

    /// The info string of the code fence that shows the listing.
    pub fn fence(self) -> &'static str {
        match self {
            Kind::Runs => "rust",
            Kind::Fails => "rust,compile_fail",
            Kind::Panics => "rust,should_panic",
        }
    }
}
