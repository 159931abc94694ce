//! From announcement text to [`Meeting`]s.
//!
//! # How a page is read
//! 1. The text is folded (typographic quotes, dashes and spaces as ASCII, diacritics
//!    stripped, CRLF as LF), keeping a map back to the input's bytes.
//! 2. One pass of the lexicon's matcher finds every country, city, demonym, organisation,
//!    process and cue word.
//! 3. Lines are grouped into announcements: a header line starts one, the lines below belong
//!    to it until the next header; page furniture ("Page 1 of 2") belongs to none.
//! 4. The header gives the venue, the dates and the roles it states; the body gives the
//!    kind, title, themes, processes, further roles, participant figures and mode.
//!
//! # Grammar
//! ```text
//! header     = place "," [country ","] dates [[","] clauses] ["."]
//! place      = capitalised word {word}               (at most six words: "Cidade Velha")
//! clauses    = clause {("," | "and") clause}
//! clause     = cue parties                           ("hosted by Spain")
//! cue        = "hosted by" | "chaired by" | "co-chaired by" | "organised by"
//!            | "hosted and chaired by" | "hosted and co-chaired by" | ...
//! parties    = party {("," | "and" | ", and") party} (known names, or capitalised words)
//!
//! dates      = [weekday [","]] ["on"|"between"|"from"] ["the"] date-form
//! date-form  = day ["of"] [month [year]] sep day ["of"] month [[","] year]
//!                                                    ("1-2 July 2019", "31 May - 1 June 2016",
//!                                                     "the 3rd and 4th of May 2019")
//!            | day ["of"] month [[","] year] [time] [sep full-date [time]]
//!                                                    ("24 October 2019",
//!                                                     "30 December 2018 - 3 January 2019",
//!                                                     "Tuesday, 7 March 2017, 9:00 - ...")
//!            | month day [sep [month] day] "," year  ("May 3-4, 2019", "April 30-May 2, 2019")
//!            | month [sep month] year                ("March 2008")
//!            | year                                  ("2008", in headers only)
//! day        = 1..31 ["st"|"nd"|"rd"|"th"]
//! month      = "January" | "Jan" | "Jan." | ... | "Sept" | ...
//! sep        = "-" | "to" | "and" | "&" | "until" | "through"
//! time       = ["," ] hour (":" | "h") minutes ["(" zone ")"]
//! ```
//! A date without a year ("held on 22-23 October") takes the year of the announcement it
//! stands in.
//!
//! # In the body
//! | says | gives |
//! |---|---|
//! | `under the co-presidency of X and Y`, `co-chaired by X and Y` | co-chairs |
//! | `under the chairmanship of X`, `chaired by X` | chair |
//! | `hosted by X`, `X hosted`, `at the invitation of X`, `under the aegis of X` | host |
//! | `organised by X`, `X organised` | organiser |
//! | `gathered ... the EU Delegation and ICMPD experts` | participants |
//! | `X – a country that is not partner – was invited` | guest (non-partners only) |
//! | `X as observer`, `observer countries X and Y` | observers |
//! | the first kind named (`a Technical Meeting`, `the workshop`) | kind |
//! | a quoted text after the kind or after `entitled` | title |
//! | `80 participants representing 33 partner countries` | participant figures |
//! | `virtual meeting`, `webinar`, `hybrid` | mode |
//!
//! A statement tied to another event (a different date, or "the follow-up meeting") gives
//! no role, and a theme that belongs to another event named just before it ("the side event
//! in the margins of the workshop on migrant smuggling") is not this meeting's theme.

mod dates;
mod doc;
mod header;
mod parties;
mod prose;
mod segment;
mod tokens;

use serde::Serialize;

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::error::{Error, ErrorKind};
use crate::model::{DateSpan, Meeting, Party, Role};

use doc::Doc;
use segment::Segment;

/// What a page held: its meetings in order, and notes on what was skipped or guessed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Parsed {
    /// Every announcement, in the order of the page.
    pub meetings: Vec<Meeting>,
    /// What could not be read, was skipped or guessed, with byte spans into the input.
    pub diagnostics: Vec<Diagnostic>,
}

/// How to parse: lenient (the default) reads what it can and reports the rest as
/// diagnostics; strict stops at the first diagnostic of error severity.
///
/// ```
/// use rabat::Parser;
///
/// let page = "Madrid, 31 February 2019, hosted by Spain.";
/// assert_eq!(Parser::new().parse_page(page)?.meetings.len(), 1);
/// let err = Parser::new().strict(true).parse_page(page).unwrap_err();
/// assert_eq!(err.to_string(), "no such day: 2019-02-31 in \"31 February 2019\"");
/// # Ok::<(), rabat::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Parser {
    strict: bool,
}

impl Parser {
    /// A lenient parser.
    pub fn new() -> Parser {
        Parser::default()
    }

    /// Sets whether the first diagnostic of error severity stops parsing.
    pub fn strict(mut self, strict: bool) -> Parser {
        self.strict = strict;
        self
    }

    /// Parses a page of announcements.
    ///
    /// # Errors
    /// Only in strict mode: the first diagnostic of error severity, such as an impossible
    /// date (`"31 February 2019"`) or an unknown month (`"24 Octobr 2019"`).
    pub fn parse_page(&self, text: &str) -> Result<Parsed, Error> {
        let parsed = read_page(text);
        if self.strict
            && let Some(d) = parsed
                .diagnostics
                .iter()
                .find(|d| d.severity == Severity::Error)
        {
            return Err(Error::rejected(d.clone()));
        }
        Ok(parsed)
    }
}

/// Parses a page of announcements, leniently: every announcement found becomes a
/// [`Meeting`], in order; what could not be read becomes a [`Diagnostic`].
///
/// ```
/// let page = "Madrid, 1-2 July 2019, hosted by Spain and co-chaired by Morocco.\n\
///             The Rabat Process organised a Technical Meeting in Madrid.\n\n\
///             Paris, 23-24 October 2018, hosted by France.\n\
///             A Thematic Meeting on the root causes of irregular migration.\n\n\
///             Page 1 of 2";
/// let parsed = rabat::parse_page(page);
/// assert_eq!(parsed.meetings.len(), 2);
/// assert_eq!(parsed.meetings[1].city.as_deref(), Some("Paris"));
/// assert!(parsed.diagnostics.is_empty());
/// ```
pub fn parse_page(text: &str) -> Parsed {
    read_page(text)
}

/// Parses the text of one announcement.
///
/// # Errors
/// Text that holds no announcement header (`"Nothing happened."`); in that case the error
/// kind is [`ErrorKind::NoAnnouncement`].
///
/// ```
/// let m = rabat::parse_announcement("Porto, 3-4 December 2015, hosted by Portugal.")?;
/// assert_eq!(m.start().map(|d| d.to_string()).as_deref(), Some("2015-12-03"));
/// # Ok::<(), rabat::Error>(())
/// ```
pub fn parse_announcement(text: &str) -> Result<Meeting, Error> {
    read_page(text)
        .meetings
        .into_iter()
        .next()
        .ok_or_else(|| {
            let shown: String = text.trim().chars().take(60).collect();
            Error::new(
                ErrorKind::NoAnnouncement,
                format!("expected an announcement header such as \"Madrid, 1-2 July 2019, hosted by Spain\", found {shown:?}"),
            )
        })
}

/// Reads a date span as announcements write it (for `DateSpan::from_str`).
pub(crate) fn date_span(text: &str) -> Result<DateSpan, Error> {
    let doc = Doc::new(text);
    let folded = doc.text();
    let tokens = tokens::tokenize(folded, 0, folded.len());
    let whole = |next: usize| {
        tokens
            .get(next..)
            .is_some_and(|rest| rest.iter().all(|t| t.is_punct('.')))
    };
    match dates::date_at(&tokens, 0, folded, true) {
        Some((found, next)) if whole(next) => found.resolve(None).map_err(|p| {
            let message = match p {
                dates::Problem::Impossible(m) | dates::Problem::Reversed(m) => {
                    format!("{m} in {text:?}")
                }
                dates::Problem::NoYear => format!("no year in date {text:?}"),
            };
            Error::new(ErrorKind::InvalidDate, message)
        }),
        _ => {
            let message = match dates::unknown_month_at(&tokens, 0, folded) {
                Some(word) => format!("unknown month {:?} in {text:?}", word.text(folded)),
                None => format!("expected a date such as \"1-2 July 2019\", found {text:?}"),
            };
            Err(Error::new(ErrorKind::InvalidDate, message))
        }
    }
}

fn read_page(text: &str) -> Parsed {
    let doc = Doc::new(text);
    let (segments, stray) = segment::segment(&doc);
    let mut parsed = Parsed::default();
    if let Some((s, e)) = stray.filter(|_| !segments.is_empty()) {
        parsed.diagnostics.push(Diagnostic::warning(
            Code::StrayText,
            doc.span(s, e),
            format!(
                "text before the first announcement belongs to none: {:?}",
                shorten(doc.original(s, e))
            ),
        ));
    }
    for segment in segments {
        let meeting = read_meeting(&doc, segment, &mut parsed.diagnostics);
        parsed.meetings.push(meeting);
    }
    parsed
}

fn read_meeting(doc: &Doc<'_>, segment: Segment, diagnostics: &mut Vec<Diagnostic>) -> Meeting {
    let end = segment.end();
    let Segment {
        header_start,
        header_end,
        header,
        body_start,
        body_end,
    } = segment;
    diagnostics.extend(header.diagnostics.iter().cloned());

    let date = header.date.and_then(|found| {
        let written = doc.original(found.start, found.end);
        let span = doc.span(found.start, found.end);
        match found.resolve(None) {
            Ok(date) => Some(date),
            Err(problem) => {
                diagnostics.push(match problem {
                    dates::Problem::Impossible(m) => {
                        Diagnostic::error(Code::ImpossibleDate, span, format!("{m} in {written:?}"))
                    }
                    dates::Problem::Reversed(m) => {
                        Diagnostic::error(Code::ReversedRange, span, format!("{m} in {written:?}"))
                    }
                    dates::Problem::NoYear => Diagnostic::warning(
                        Code::MissingDate,
                        span,
                        format!("no year in date {written:?}"),
                    ),
                });
                None
            }
        }
    });

    let city_folded = header.city.map(|(s, e)| doc.slice(s, e));
    let region = prose::Region {
        start: header_start,
        end,
        body: header_end,
        city: city_folded,
        date,
    };
    let prose = prose::read(doc, &region);

    let mut meeting = Meeting {
        city: header.city.map(|(s, e)| doc.original(s, e).to_owned()),
        date,
        kind: prose.kind.unwrap_or_default(),
        title: prose.title.map(|(s, e)| doc.original(s, e).to_owned()),
        mode: prose.mode,
        themes: prose.themes,
        processes: prose.processes,
        participants: prose.participants,
        header: doc.original(header_start, header_end).to_owned(),
        body: if body_end > header_end {
            doc.original(body_start, body_end).to_owned()
        } else {
            String::new()
        },
        span: doc.span(header_start, end),
        ..Meeting::default()
    };
    for (role, party) in header.roles.into_iter().chain(prose.roles) {
        meeting.roles.insert(crate::PartyRole { role, party });
    }
    // The venue country: stated in the header, stated after the city in the text, known
    // from the city, or else the one host country.
    let hosts: Vec<_> = meeting
        .parties(Role::Host)
        .filter_map(Party::country)
        .collect();
    let sole_host = match hosts.as_slice() {
        [host] => Some(*host),
        _ => None,
    };
    meeting.country = header
        .country
        .or(prose.country)
        .or(header.city_country)
        .or(sole_host);
    if meeting.country.is_none()
        && let Some((s, e)) = header.city
    {
        diagnostics.push(Diagnostic::warning(
            Code::UnknownVenue,
            doc.span(s, e),
            format!("no country known for the venue {:?}", doc.original(s, e)),
        ));
    }
    meeting
}

/// The first 60 characters of `text`, with "..." if cut.
fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(60).collect();
    if short.len() < text.len() {
        short.push_str("...");
    }
    short
}
