//! Segmentation: the lines of a page grouped into announcements, each a header line and
//! the body lines below it up to the next header. Page furniture ("Page 1 of 2", "Read
//! more") belongs to no announcement.

use super::doc::Doc;
use super::header::{self, Header};

/// Longer lines are never headers; the bound keeps header detection cheap on huge lines.
const MAX_HEADER_LEN: usize = 400;

/// One announcement's place in the folded text.
#[derive(Debug)]
pub(crate) struct Segment {
    /// The header line, trimmed.
    pub header_start: usize,
    pub header_end: usize,
    /// What the header says.
    pub header: Header,
    /// The body, from its first to its last line with content; empty if none.
    pub body_start: usize,
    pub body_end: usize,
}

impl Segment {
    /// Where the announcement ends: after its last line with content.
    pub fn end(&self) -> usize {
        self.body_end.max(self.header_end)
    }
}

/// The announcements of a page, and the folded range of text before the first one that
/// belongs to none (if any).
pub(crate) fn segment(doc: &Doc<'_>) -> (Vec<Segment>, Option<(usize, usize)>) {
    let text = doc.text();
    let mut segments: Vec<Segment> = Vec::new();
    let mut stray: Option<(usize, usize)> = None;
    let mut line_start = 0;
    while line_start <= text.len() {
        let line_end = text
            .get(line_start..)
            .and_then(|rest| rest.find('\n'))
            .map_or(text.len(), |i| line_start + i);
        let line = text.get(line_start..line_end).unwrap_or("");
        let trimmed = line.trim();
        let start = line_start + (line.len() - line.trim_start().len());
        let end = start + trimmed.len();
        line_start = line_end + 1;
        if trimmed.is_empty() || is_furniture(trimmed) {
            continue;
        }
        let header = (trimmed.len() <= MAX_HEADER_LEN)
            .then(|| header::read(doc, start, end))
            .flatten();
        match (header, segments.last_mut()) {
            (Some(header), _) => segments.push(Segment {
                header_start: start,
                header_end: end,
                header,
                body_start: end,
                body_end: end,
            }),
            (None, Some(current)) => {
                if current.body_end == current.header_end {
                    current.body_start = start;
                }
                current.body_end = end;
            }
            (None, None) => {
                let from = stray.map_or(start, |(s, _)| s);
                stray = Some((from, end));
            }
        }
    }
    (segments, stray)
}

/// Whether a line is page furniture: pagination, navigation and sharing links.
fn is_furniture(line: &str) -> bool {
    const LINKS: &[&str] = &[
        "read more",
        "share",
        "print",
        "back to top",
        "next",
        "previous",
        "load more",
        "show more",
        "see more",
        "next page",
        "previous page",
        "first",
        "last",
        "top",
    ];
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let lower = words.join(" ").to_ascii_lowercase();
    // "Page 1 of 2", "Page 3", "1 / 2", "« 1 2 3 »"
    let pagination = match words.as_slice() {
        [page, rest @ ..] if page.eq_ignore_ascii_case("page") => rest
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_digit()) || w.eq_ignore_ascii_case("of")),
        _ => words.iter().all(|w| w.bytes().all(|b| b.is_ascii_digit())),
    };
    pagination || LINKS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture() {
        for line in [
            "Page 1 of 2",
            "page 2",
            "1 / 3",
            "Read more",
            "« Previous",
            "Next »",
            "12",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in [
            "Page two of the report was read",
            "Next year, the meeting",
            "Porto",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }

    #[test]
    fn groups_lines_under_headers() {
        let page = "Thematic meetings\n\nMadrid, 1-2 July 2019, hosted by Spain.\nBody one.\n\nMore.\n\nParis, 23 October 2018\n\nBody two.\n\nPage 1 of 2";
        let doc = Doc::new(page);
        let (segments, stray) = segment(&doc);
        assert_eq!(segments.len(), 2);
        assert_eq!(
            doc.slice(segments[0].header_start, segments[0].end()),
            "Madrid, 1-2 July 2019, hosted by Spain.\nBody one.\n\nMore."
        );
        assert_eq!(
            doc.slice(segments[1].body_start, segments[1].body_end),
            "Body two."
        );
        let (s, e) = stray.unwrap();
        assert_eq!(doc.slice(s, e), "Thematic meetings");
    }
}
