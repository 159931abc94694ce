//! Spans and diagnostics: what the parser skipped, repaired or guessed, and where.

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

/// A byte range `start..end` (end exclusive) in the text given to the parser.
///
/// Serialises as a two-element array `[start, end]`, as in the record contract.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; the two are swapped if given in the wrong order.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start.min(end),
            end: start.max(end),
        }
    }

    /// The number of bytes covered.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range`, for slicing the input.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<[usize; 2]> for Span {
    fn from([start, end]: [usize; 2]) -> Span {
        Span::new(start, end)
    }
}

impl From<Span> for [usize; 2] {
    fn from(span: Span) -> [usize; 2] {
        [span.start, span.end]
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Something was guessed or skipped, and the result is still usable.
    Warning,
    /// Something could not be read; in strict mode this stops the parse.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// What a diagnostic is about. New codes may be added in minor releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Code {
    /// A date that does not exist on the calendar (`31 February 2019`).
    ImpossibleDate,
    /// A date range whose end lies before its start.
    ReversedRange,
    /// A word in a date's place that is not a month name (`24 Octobr 2019`).
    UnknownMonth,
    /// An announcement whose date could not be found or read.
    MissingDate,
    /// A role clause (`hosted by`) that names no country or organisation.
    EmptyRole,
    /// A name that could stand for several countries (`Congolese`).
    AmbiguousName,
    /// A name in a role clause that is no known country or organisation.
    UnknownName,
    /// A list of parties longer than any real one; the rest was left out.
    LongList,
    /// A venue whose country could not be told.
    UnknownVenue,
    /// A line that began like an announcement header but has no date that can be read; it
    /// still starts an announcement.
    MalformedHeader,
    /// Text before the first announcement that belongs to none, or a page that gave no
    /// announcement at all.
    StrayText,
}

impl Code {
    /// The code as a short snake_case id, as serialised.
    pub const fn as_str(self) -> &'static str {
        match self {
            Code::ImpossibleDate => "impossible_date",
            Code::ReversedRange => "reversed_range",
            Code::UnknownMonth => "unknown_month",
            Code::MissingDate => "missing_date",
            Code::EmptyRole => "empty_role",
            Code::AmbiguousName => "ambiguous_name",
            Code::UnknownName => "unknown_name",
            Code::LongList => "long_list",
            Code::UnknownVenue => "unknown_venue",
            Code::MalformedHeader => "malformed_header",
            Code::StrayText => "stray_text",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A note about the input: something skipped, repaired or guessed, with the byte span of
/// the text it is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// What it is about.
    pub code: Code,
    /// A lowercase message that quotes the input.
    pub message: String,
    /// Where in the input.
    pub span: Span,
}

impl Diagnostic {
    pub(crate) fn warning(code: Code, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            code,
            message: message.into(),
            span,
        }
    }

    pub(crate) fn error(code: Code, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            span,
        }
    }

    /// Renders the diagnostic for a terminal: `LINE:COLUMN: severity[code]: message`, then
    /// the line of `input` it points at and a caret under the spot.
    ///
    /// Lines and columns count from 1; columns count characters. `input` must be the text the
    /// diagnostic came from; a span outside it is clamped.
    ///
    /// ```
    /// let page = "Madrid, 31 February 2019, hosted by Spain.";
    /// let parsed = rabat::parse_page(page);
    /// let shown = parsed.diagnostics[0].render(page);
    /// assert!(shown.starts_with("1:9: error[impossible_date]"));
    /// ```
    ///
    /// This counts the lines before the span on every call; to render many diagnostics of
    /// a long input, build a [`LineIndex`] once and use [`Diagnostic::render_with`].
    pub fn render(&self, input: &str) -> String {
        self.render_with(&LineIndex::new(input), input)
    }

    /// Renders the diagnostic as [`Diagnostic::render`] does, finding its line in `lines`,
    /// an index of `input`'s lines: each call takes time in the length of the line, not of
    /// the input.
    pub fn render_with(&self, lines: &LineIndex, input: &str) -> String {
        let start = floor_char_boundary(input, self.span.start);
        let end = floor_char_boundary(input, self.span.end.max(start));
        let line_index = lines.breaks.partition_point(|&b| b < start);
        let line_start = line_index
            .checked_sub(1)
            .and_then(|i| lines.breaks.get(i))
            .map_or(0, |&b| b + 1);
        let line_end = lines
            .breaks
            .get(line_index)
            .copied()
            .unwrap_or(input.len())
            .min(input.len());
        let line_no = line_index + 1;
        let column = input.get(line_start..start).unwrap_or("").chars().count() + 1;
        let line = input
            .get(line_start..line_end)
            .unwrap_or("")
            .trim_end_matches('\r');
        let width = input
            .get(start..end)
            .unwrap_or("")
            .chars()
            .take_while(|&c| c != '\n')
            .count()
            .max(1);
        format!(
            "{line_no}:{column}: {}[{}]: {}\n{line}\n{}{}",
            self.severity,
            self.code,
            self.message,
            " ".repeat(column - 1),
            "^".repeat(width)
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}[{}] at {}: {}",
            self.severity, self.code, self.span, self.message
        )
    }
}

/// Where the lines of a text begin, for finding the line and column of a byte offset
/// quickly: build it once per input, then render any number of diagnostics with it.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    /// Offsets of the line feeds.
    breaks: Vec<usize>,
}

impl LineIndex {
    /// Indexes the lines of `input`.
    pub fn new(input: &str) -> LineIndex {
        LineIndex {
            breaks: input
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i)
                .collect(),
        }
    }
}

/// The largest char boundary of `s` at or below `i`.
pub(crate) fn floor_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_serialises_as_pair() {
        let span = Span::new(3, 9);
        assert_eq!(serde_json::to_string(&span).unwrap(), "[3,9]");
        assert_eq!(serde_json::from_str::<Span>("[3,9]").unwrap(), span);
        assert_eq!(Span::new(9, 3), span);
    }

    #[test]
    fn render_points_at_line_and_column() {
        let input = "first line\nsecond Octobr line";
        let d = Diagnostic::warning(Code::UnknownMonth, Span::new(18, 24), "unknown month");
        assert_eq!(
            d.render(input),
            "2:8: warning[unknown_month]: unknown month\nsecond Octobr line\n       ^^^^^^"
        );
    }

    #[test]
    fn render_clamps_out_of_range_spans() {
        let d = Diagnostic::error(Code::MissingDate, Span::new(50, 60), "no date");
        assert!(d.render("ab").starts_with("1:3: error[missing_date]"));
    }
}
