//! iCalendar (RFC 5545): one all-day event per dated meeting.

use std::io::Write;

use chrono::{NaiveDate, NaiveTime};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::diagnostic::{Code, Diagnostic};
use crate::error::{Error, ErrorKind};
use crate::model::{Meeting, Role};

/// Writes meetings as an iCalendar file: one `VEVENT` per meeting known to the day, with
/// all-day `DTSTART` and `DTEND` (the day after the last day, as RFC 5545 asks), `SUMMARY`
/// (kind and title), `LOCATION` (city and country), `DESCRIPTION` (roles and themes),
/// `CATEGORIES` (themes), and a `UID` made from the meeting's date, place, kind and title,
/// the same on every run. Gives a diagnostic for each meeting left out for want of a full
/// date.
///
/// ```
/// let parsed = rabat::parse_page("Madrid, 1-2 July 2019, hosted by Spain.\nParis, March 2008.");
/// let mut out = Vec::new();
/// let skipped = rabat::write_ics(&parsed.meetings, &mut out)?;
/// let ics = String::from_utf8(out).unwrap();
/// assert!(ics.contains("DTSTART;VALUE=DATE:20190701"));
/// assert!(ics.contains("DTEND;VALUE=DATE:20190703"));
/// assert_eq!(skipped.len(), 1); // March 2008 is not known to the day
/// # Ok::<(), rabat::Error>(())
/// ```
///
/// # Errors
/// Failures of `out`, of kind [`ErrorKind::Io`].
pub fn write_ics<'a, W: Write>(
    meetings: impl IntoIterator<Item = &'a Meeting>,
    mut out: W,
) -> Result<Vec<Diagnostic>, Error> {
    let mut calendar = Calendar::new();
    calendar.name("rabat meetings");
    let mut skipped = Vec::new();
    for m in meetings {
        let days = m
            .date
            .and_then(|d| Some((d.start().to_naive()?, d.end().to_naive()?)));
        let Some((first, last)) = days else {
            skipped.push(Diagnostic::warning(
                Code::MissingDate,
                m.span,
                format!(
                    "meeting in {:?} left out of the calendar: its date is not known to the day",
                    m.city.as_deref().unwrap_or("an unknown place")
                ),
            ));
            continue;
        };
        calendar.push(event(m, first, last));
    }
    let text = calendar.done().to_string();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| Error::new(ErrorKind::Io, format!("cannot write iCalendar: {e}")))?;
    Ok(skipped)
}

fn event(m: &Meeting, first: NaiveDate, last: NaiveDate) -> Event {
    let mut e = Event::new();
    let kind = m.kind.label();
    let summary = match &m.title {
        Some(title) => format!("{}: {title}", capitalised(kind)),
        None => capitalised(kind),
    };
    let location: Vec<&str> = m
        .city
        .as_deref()
        .into_iter()
        .chain(m.country.map(|c| c.name()))
        .collect();
    let mut description: Vec<String> = [Role::Host, Role::Chair, Role::CoChair, Role::Organiser]
        .iter()
        .filter_map(|&role| {
            let names: Vec<String> = m.parties(role).map(ToString::to_string).collect();
            (!names.is_empty()).then(|| format!("{}: {}", role, names.join(", ")))
        })
        .collect();
    if !m.themes.is_empty() {
        let themes: Vec<&str> = m.themes.iter().map(|t| t.as_str()).collect();
        description.push(format!("themes: {}", themes.join(", ")));
    }
    // DTSTAMP is required; the first day at midnight UTC keeps the output the same on
    // every run.
    e.timestamp(first.and_time(NaiveTime::MIN).and_utc());
    e.uid(&uid(m))
        .summary(&summary)
        .starts(first)
        .ends(last.succ_opt().unwrap_or(last));
    if !location.is_empty() {
        e.location(&location.join(", "));
    }
    if !description.is_empty() {
        e.description(&description.join("\n"));
    }
    if !m.themes.is_empty() {
        e.categories(m.themes.iter().map(|t| t.as_str()));
    }
    e.done()
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A UID that is the same for the same meeting on every run: an FNV-1a hash of its date,
/// place, kind and title (a hash whose value Rust does not change between releases).
fn uid(m: &Meeting) -> String {
    let key = format!(
        "{:?}|{:?}|{:?}|{}|{:?}",
        m.date.map(|d| d.to_string()),
        m.city,
        m.country.map(|c| c.alpha2()),
        m.kind,
        m.title
    );
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}@rabat")
}
