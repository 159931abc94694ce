//! The crate's one error type.

use crate::diagnostic::{Diagnostic, Span};

/// What went wrong. New kinds may be added in minor releases, so match with a `_` arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A value's text is not one of the ids or names its type accepts (`"hots"` for a role).
    UnknownValue,
    /// A date or date range that cannot be read or does not exist.
    InvalidDate,
    /// The text holds no announcement at all.
    NoAnnouncement,
    /// Strict parsing met a diagnostic of error severity; [`Error::diagnostic`] has it.
    Rejected,
    /// The input is not UTF-8 text; [`Error::span`] points at the first bad byte.
    NotUtf8,
    /// A record of an interchange format (CSV) that cannot be read.
    Malformed,
    /// Reading or writing failed.
    Io,
}

/// The error of every fallible operation in `rabat`.
///
/// Its message is lowercase, quotes the input, and says what was expected; where the error
/// is about a piece of a larger text, [`Error::span`] says where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    kind: ErrorKind,
    message: String,
    span: Option<Span>,
    diagnostic: Option<Box<Diagnostic>>,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            span: None,
            diagnostic: None,
        }
    }

    pub(crate) fn unknown(what: &str, found: &str) -> Error {
        Error::new(ErrorKind::UnknownValue, format!("unknown {what} {found:?}"))
    }

    pub(crate) fn with_span(mut self, span: Span) -> Error {
        self.span = Some(span);
        self
    }

    pub(crate) fn rejected(diagnostic: Diagnostic) -> Error {
        Error {
            kind: ErrorKind::Rejected,
            message: diagnostic.message.clone(),
            span: Some(diagnostic.span),
            diagnostic: Some(Box::new(diagnostic)),
        }
    }

    /// What kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The byte range of the input the error is about, where there is one.
    pub fn span(&self) -> Option<Span> {
        self.span
    }

    /// The diagnostic that stopped a strict parse.
    pub fn diagnostic(&self) -> Option<&Diagnostic> {
        self.diagnostic.as_deref()
    }
}
