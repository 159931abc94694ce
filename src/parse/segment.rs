//! Segmentation: the lines of a page grouped into announcements.
//!
//! An announcement starts at an anchor line and runs to the next one. Anchors are, in order
//! of preference (a page uses the first kind it has):
//! 1. card headers, `PLACE, DATES, ROLES` or `DATES - PLACE: TITLE`;
//! 2. one-line cards that open with the kind of meeting and hold its date (`Expert meeting
//!    held on 21-22 May 2012 in Accra, Ghana.`);
//! 3. event cards: a line that is only a date (`Tuesday, 7 March 2017, 9:00 - ...`) or a
//!    `Date:` label, together with the title and label lines just above it.
//!
//! A page with no anchor is about one meeting at most: all of it is one candidate
//! announcement, kept if its text states the meeting's date. Page furniture ("Page 1 of 2",
//! "Read more") belongs to no announcement.

use crate::diagnostic::{Code, Diagnostic};

use super::dates;
use super::doc::Doc;
use super::header::{self, Header};
use super::labels;
use super::tokens::{Kind, tokenize};

/// A header's place ends with a comma within this many bytes; lines without one are not
/// read further, which keeps header detection cheap on long prose lines.
const MAX_PLACE_LEN: usize = 80;
/// Words that may stand among the clock times of a date line.
const TIME_WORDS: &[&str] = &[
    "to", "until", "and", "h", "am", "pm", "cet", "cest", "gmt", "utc",
];
/// Longer lines are never one-line cards or titles.
const MAX_TITLE_LEN: usize = 250;

/// One announcement's place in the folded text.
#[derive(Debug)]
pub(crate) struct Segment {
    /// Where the announcement starts (a title line above the anchor, or the anchor).
    pub start: usize,
    /// The anchor line, trimmed; empty for a page read as one announcement.
    pub header_start: usize,
    pub header_end: usize,
    /// What a card header says: its index in the headers of `Segmented`, where headers
    /// stay put rather than being moved with each step.
    pub header: Option<usize>,
    /// Where the announcement ends: after its last line with content.
    pub end: usize,
    /// How the announcement was found.
    pub shape: Shape,
}

/// How an announcement was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A card header.
    Card,
    /// A one-line card.
    OneLine,
    /// An event card: a date line or a `Date:` label.
    Event,
    /// A page about one meeting.
    Page,
}

/// A line with content: folded range, trimmed, and whether a blank line stands above it.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    after_blank: bool,
}

/// A page's announcements, and what was found on the way.
#[derive(Debug, Default)]
pub(crate) struct Segmented {
    pub segments: Vec<Segment>,
    /// The card headers the segments point to.
    pub headers: Vec<Header>,
    /// The folded range of text before the first announcement that belongs to none.
    pub stray: Option<(usize, usize)>,
    /// Notes on lines that looked like headers but were not.
    pub notes: Vec<Diagnostic>,
}

/// The announcements of a page.
pub(crate) fn segment(doc: &Doc<'_>) -> Segmented {
    let lines = lines(doc);
    let mut notes = Vec::new();
    let mut headers = Vec::new();
    let mut cards: Vec<(usize, Option<usize>)> = Vec::new();
    let mut tokens = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let place_ends = doc.slice(l.start, l.end).find(',');
        let dated_first = doc
            .slice(l.start, l.end)
            .starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase());
        if !dated_first
            || place_ends.is_none_or(|p| p > MAX_PLACE_LEN) && !starts_with_digit(doc, l)
        {
            continue;
        }
        match header::read(doc, l.start, l.end, &mut tokens) {
            Some(h) => {
                cards.push((i, Some(headers.len())));
                headers.push(h);
            }
            None if header::looks_like_header(doc, l.start, l.end, &mut tokens) => {
                notes.push(Diagnostic::warning(
                    Code::MalformedHeader,
                    doc.span(l.start, l.end),
                    format!(
                        "line looks like an announcement header but has no date that can be read: {:?}",
                        doc.original(l.start, l.end)
                    ),
                ));
            }
            None => {}
        }
    }
    if !cards.is_empty() {
        let (segments, stray) = build(&lines, cards, Shape::Card, false);
        return Segmented {
            segments,
            headers,
            stray,
            notes,
        };
    }
    let one_liners: Vec<usize> = (0..lines.len())
        .filter(|&i| lines.get(i).is_some_and(|l| is_one_line_card(doc, l)))
        .collect();
    if !one_liners.is_empty() {
        let anchors = one_liners.into_iter().map(|i| (i, None)).collect();
        let (segments, stray) = build(&lines, anchors, Shape::OneLine, false);
        return Segmented {
            segments,
            stray,
            notes,
            ..Segmented::default()
        };
    }
    let events: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            lines.get(i).is_some_and(|l| {
                is_date_line(doc, l) || labels::is_date_label(doc.slice(l.start, l.end))
            })
        })
        .collect();
    if !events.is_empty() {
        let anchors = events.into_iter().map(|i| (i, None)).collect();
        let (segments, stray) = build(&lines, anchors, Shape::Event, true);
        return Segmented {
            segments,
            stray,
            notes,
            ..Segmented::default()
        };
    }
    let page = match (lines.first(), lines.last()) {
        (Some(first), Some(last)) => vec![Segment {
            start: first.start,
            header_start: first.start,
            header_end: first.start,
            header: None,
            end: last.end,
            shape: Shape::Page,
        }],
        _ => Vec::new(),
    };
    Segmented {
        segments: page,
        notes,
        ..Segmented::default()
    }
}

/// Whether a line opens with a digit, as date-first headers do.
fn starts_with_digit(doc: &Doc<'_>, line: &Line) -> bool {
    doc.slice(line.start, line.end)
        .starts_with(|c: char| c.is_ascii_digit())
}

/// The lines with content, without furniture.
fn lines(doc: &Doc<'_>) -> Vec<Line> {
    let text = doc.text();
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut after_blank = true;
    while line_start <= text.len() {
        let line_end = text
            .get(line_start..)
            .and_then(|rest| memchr::memchr(b'\n', rest.as_bytes()))
            .map_or(text.len(), |i| line_start + i);
        let line = text.get(line_start..line_end).unwrap_or("");
        let trimmed = line.trim();
        let start = line_start + (line.len() - line.trim_start().len());
        line_start = line_end + 1;
        if trimmed.is_empty() {
            after_blank = true;
            continue;
        }
        if is_furniture(trimmed) {
            continue;
        }
        out.push(Line {
            start,
            end: start + trimmed.len(),
            after_blank,
        });
        after_blank = false;
    }
    out
}

/// Groups `lines` into segments starting at `anchors`. With `titled`, the title and label
/// lines just above an anchor (no blank line between) belong to its announcement.
fn build(
    lines: &[Line],
    anchors: Vec<(usize, Option<usize>)>,
    shape: Shape,
    titled: bool,
) -> (Vec<Segment>, Option<(usize, usize)>) {
    let mut segments: Vec<Segment> = Vec::with_capacity(anchors.len());
    let mut firsts = Vec::with_capacity(anchors.len());
    let mut floor = 0;
    for (i, _) in &anchors {
        let mut first = *i;
        if titled {
            while first > floor
                && lines.get(first).is_some_and(|l| !l.after_blank)
                && lines
                    .get(first - 1)
                    .is_some_and(|l| l.end - l.start <= MAX_TITLE_LEN)
            {
                first -= 1;
            }
        }
        firsts.push(first);
        floor = i + 1;
    }
    for (n, (i, header)) in anchors.into_iter().enumerate() {
        let first = firsts.get(n).copied().unwrap_or(i);
        let last = firsts
            .get(n + 1)
            .map_or(lines.len(), |&f| f)
            .saturating_sub(1)
            .max(i);
        let (Some(anchor), Some(first_line), Some(last_line)) =
            (lines.get(i), lines.get(first), lines.get(last))
        else {
            continue;
        };
        segments.push(Segment {
            start: first_line.start,
            header_start: anchor.start,
            header_end: anchor.end,
            header,
            end: last_line.end,
            shape,
        });
    }
    let stray = firsts
        .first()
        .filter(|&&f| f > 0)
        .and_then(|&f| Some((lines.first()?.start, lines.get(f - 1)?.end)));
    (segments, stray)
}

/// A line that opens with the kind of meeting and holds its date: "Expert meeting held on
/// 21-22 May 2012 in Accra, Ghana.", "Thematic meeting (TM) on legal migration in Dakar,
/// Senegal, on 21st and 22nd May 2012". One sentence, at most a few hundred bytes.
fn is_one_line_card(doc: &Doc<'_>, line: &Line) -> bool {
    if line.end - line.start > MAX_TITLE_LEN {
        return false;
    }
    let text = doc.slice(line.start, line.end);
    if text.trim_end_matches('.').contains(". ") {
        return false;
    }
    // The kind first, without an article: "The workshop was held on ..." is prose.
    let opens_with_kind = doc
        .first_hit_in(line.start, line.end)
        .is_some_and(|h| h.start == line.start && doc.kind(h).is_some());
    if !opens_with_kind {
        return false;
    }
    let tokens = tokenize(doc.text(), line.start, line.end);
    !dates::find_all(&tokens, doc.text(), false).is_empty()
}

/// A line that is only a date, perhaps with weekdays and times: an event card's date.
fn is_date_line(doc: &Doc<'_>, line: &Line) -> bool {
    if line.end - line.start > MAX_TITLE_LEN {
        return false;
    }
    let tokens = tokenize(doc.text(), line.start, line.end);
    match dates::date_at(&tokens, 0, doc.text(), false) {
        Some((found, next)) => {
            (found.first.m.is_some() || found.first != found.last)
                && tokens.get(next..).is_some_and(|rest| {
                    // Only clock times may follow: "10:00 to 12:00 (CET)".
                    rest.iter().all(|t| {
                        matches!(t.kind, Kind::Punct(_) | Kind::Number { .. })
                            || t.is_any_word(doc.text(), TIME_WORDS)
                    })
                })
        }
        None => false,
    }
}

/// Whether a line is page furniture: pagination, navigation and sharing links.
fn is_furniture(line: &str) -> bool {
    const NAVIGATION: &[&str] = &[
        "page", "of", "previous", "next", "first", "last", "read", "more", "share", "print",
        "back", "to", "top", "load", "show", "see", "this", "prev", "facebook", "twitter",
        "linkedin", "email", "tweet", "home", "go",
    ];
    if line.len() > 80 {
        return false;
    }
    // The words are walked anew for each question rather than collected: most lines fail
    // the first.
    let words = || {
        line.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    };
    // Page numbers, not years: "1 2 3", "2 / 5".
    let page_number = |w: &str| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
    let numbers = words().all(page_number);
    let is_nav = |w: &str| NAVIGATION.iter().any(|n| n.eq_ignore_ascii_case(w));
    let navigation = words().all(|w| is_nav(w) || page_number(w)) && words().any(is_nav);
    // "More." alone is prose; "Read more", "Page 1 of 2", "« Previous 1 2 Next »" are not.
    numbers || (navigation && (words().nth(1).is_some() || !line.ends_with('.')))
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
            "More.",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }

    fn segments(page: &str) -> Vec<(Shape, String)> {
        let doc = Doc::new(page);
        segment(&doc)
            .segments
            .iter()
            .map(|s| (s.shape, doc.slice(s.start, s.end).to_owned()))
            .collect()
    }

    #[test]
    fn groups_lines_under_card_headers() {
        let page = "Thematic meetings\n\nMadrid, 1-2 July 2019, hosted by Spain.\nBody one.\n\nMore.\n\nParis, 23 October 2018\n\nBody two.\n\nPage 1 of 2";
        let doc = Doc::new(page);
        let Segmented {
            segments: found,
            stray,
            ..
        } = segment(&doc);
        assert_eq!(found.len(), 2);
        assert_eq!(
            doc.slice(found[0].start, found[0].end),
            "Madrid, 1-2 July 2019, hosted by Spain.\nBody one.\n\nMore."
        );
        assert_eq!(
            doc.slice(found[1].start, found[1].end),
            "Paris, 23 October 2018\n\nBody two."
        );
        let (s, e) = stray.unwrap();
        assert_eq!(doc.slice(s, e), "Thematic meetings");
    }

    #[test]
    fn one_line_cards() {
        let page = "Expert meeting held on 21-22 May 2012 in Accra, Ghana.\nMeeting of the Steering Committee held on 3 March 2014.\nThe meeting reviewed the work plan.";
        let found = segments(page);
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[1].1,
            "Meeting of the Steering Committee held on 3 March 2014.\nThe meeting reviewed the work plan."
        );
    }

    #[test]
    fn event_cards_take_their_title_lines() {
        let page = "Events\n\nSenior Officials' Meeting\nTuesday, 7 March 2017, 9:00 - Wednesday, 8 March 2017, 13:00\nLocation: Warsaw, Poland\n\nExpert meeting on return\n• Date: 3 and 4 June 2016\n• Location: Tunis, Tunisia\nThe experts met.";
        let found = segments(page);
        assert_eq!(found.len(), 2);
        assert!(found[0].1.starts_with("Senior Officials' Meeting\nTuesday"));
        assert!(
            found[1].1.starts_with("Expert meeting on return\n- Date")
                || found[1].1.starts_with("Expert meeting on return\n• Date")
        );
    }

    #[test]
    fn a_page_without_anchors_is_one_candidate() {
        let found = segments(
            "On 10-11 October 2023, a Technical Meeting will take place in Accra, Ghana.\n\nIt will discuss visas.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Shape::Page);
    }
}
