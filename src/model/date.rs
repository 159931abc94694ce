//! `PartialDate` and `DateSpan`: dates as precise as the text gives them.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

use crate::error::{Error, ErrorKind};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of month `m` (1-12).
pub(crate) fn month_name(m: u8) -> &'static str {
    MONTHS
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// A calendar date known to the day, to the month, or only to the year.
///
/// Text and JSON form is ISO 8601 at the known precision: `"2019-07-01"`, `"2008-03"`,
/// `"2008"`. Dates order by year, then month, then day, a less precise date before the more
/// precise ones it contains. Years run from 1 to 9999.
///
/// ```
/// use rabat::PartialDate;
///
/// let march: PartialDate = "2008-03".parse()?;
/// assert_eq!(march.year(), 2008);
/// assert_eq!(march.month(), Some(3));
/// assert_eq!(march.day(), None);
/// assert!(march < "2008-03-01".parse()?);
/// # Ok::<(), rabat::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

impl PartialDate {
    /// A date known only to the year.
    ///
    /// # Errors
    /// A year outside 1-9999.
    pub fn year_only(year: i32) -> Result<PartialDate, Error> {
        Ok(PartialDate {
            year: check_year(year)?,
            month: None,
            day: None,
        })
    }

    /// A date known to the month.
    ///
    /// # Errors
    /// A year outside 1-9999 or a month outside 1-12.
    pub fn month_only(year: i32, month: u32) -> Result<PartialDate, Error> {
        let year = check_year(year)?;
        let month = u8::try_from(month)
            .ok()
            .filter(|m| (1..=12).contains(m))
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::InvalidDate,
                    format!("no month {month} in a year"),
                )
            })?;
        Ok(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A date known to the day.
    ///
    /// # Errors
    /// A day that is not on the calendar (`2019-02-31`) or a year outside 1-9999.
    pub fn ymd(year: i32, month: u32, day: u32) -> Result<PartialDate, Error> {
        match NaiveDate::from_ymd_opt(year, month, day) {
            Some(date) => PartialDate::from_naive(date),
            None => Err(Error::new(
                ErrorKind::InvalidDate,
                format!("no such day: {year:04}-{month:02}-{day:02}"),
            )),
        }
    }

    /// The date of a chrono `NaiveDate`.
    ///
    /// # Errors
    /// A year outside 1-9999.
    pub fn from_naive(date: NaiveDate) -> Result<PartialDate, Error> {
        Ok(PartialDate {
            year: check_year(date.year())?,
            month: u8::try_from(date.month()).ok(),
            day: u8::try_from(date.day()).ok(),
        })
    }

    /// The year.
    pub fn year(self) -> i32 {
        i32::from(self.year)
    }

    /// The month (1-12), if known.
    pub fn month(self) -> Option<u32> {
        self.month.map(u32::from)
    }

    /// The day of the month, if known.
    pub fn day(self) -> Option<u32> {
        self.day.map(u32::from)
    }

    /// The date as a chrono `NaiveDate`, when it is known to the day.
    pub fn to_naive(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year(), self.month()?, self.day()?)
    }

    /// The first day this date can mean: the 1st of its month, or 1 January of its year.
    pub fn first_day(self) -> NaiveDate {
        let month = self.month().unwrap_or(1);
        NaiveDate::from_ymd_opt(self.year(), month, self.day().unwrap_or(1))
            .unwrap_or(NaiveDate::MIN)
    }

    /// The last day this date can mean: the last of its month, or 31 December of its year.
    pub fn last_day(self) -> NaiveDate {
        if let Some(date) = self.to_naive() {
            return date;
        }
        let (year, month) = match self.month() {
            Some(12) => (self.year() + 1, 1),
            Some(m) => (self.year(), m + 1),
            None => (self.year() + 1, 1),
        };
        NaiveDate::from_ymd_opt(year, month, 1)
            .and_then(|d| d.pred_opt())
            .unwrap_or(NaiveDate::MAX)
    }

    /// Whether the date is known to the day.
    pub fn is_full(self) -> bool {
        self.day.is_some()
    }
}

fn check_year(year: i32) -> Result<u16, Error> {
    u16::try_from(year)
        .ok()
        .filter(|y| (1..=9999).contains(y))
        .ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidDate,
                format!("year {year} is outside 1-9999"),
            )
        })
}

impl From<NaiveDate> for PartialDate {
    /// Converts a chrono date; years outside 1-9999 are clamped into that range.
    fn from(date: NaiveDate) -> PartialDate {
        let clamped = date.clamp(
            NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(NaiveDate::MIN),
            NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX),
        );
        PartialDate {
            year: u16::try_from(clamped.year()).unwrap_or(1),
            month: u8::try_from(clamped.month()).ok(),
            day: u8::try_from(clamped.day()).ok(),
        }
    }
}

impl fmt::Display for PartialDate {
    /// ISO 8601 at the known precision.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = Error;

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// # Errors
    /// Other shapes (`"July 2019"`, `"2019-7"`), and days not on the calendar.
    fn from_str(s: &str) -> Result<PartialDate, Error> {
        let bad = || {
            Error::new(
                ErrorKind::InvalidDate,
                format!("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found {s:?}"),
            )
        };
        let mut parts = s.trim().split('-');
        let mut next = |width: usize| -> Result<Option<u32>, Error> {
            match parts.next() {
                None => Ok(None),
                Some(p) if p.len() == width && p.bytes().all(|b| b.is_ascii_digit()) => {
                    p.parse().map(Some).map_err(|_| bad())
                }
                Some(_) => Err(bad()),
            }
        };
        let year = next(4)?.ok_or_else(bad)?;
        let month = next(2)?;
        let day = next(2)?;
        if next(0).is_err() {
            return Err(bad());
        }
        let year = i32::try_from(year).map_err(|_| bad())?;
        match (month, day) {
            (None, _) => PartialDate::year_only(year),
            (Some(m), None) => PartialDate::month_only(year, m),
            (Some(m), Some(d)) => PartialDate::ymd(year, m, d),
        }
    }
}

crate::model::text_serde!(PartialDate);

/// When a meeting took place: from a first to a last date, both inclusive, each as precise
/// as the text gives it.
///
/// Text form is the way announcements write dates: `"24 October 2019"`, `"1-2 July 2019"`,
/// `"31 May - 1 June 2016"`, `"30 December 2018 - 3 January 2019"`, `"March 2008"`,
/// `"2008"`. Parsing reads every date form the announcement parser reads.
///
/// ```
/// use rabat::DateSpan;
///
/// let span: DateSpan = "31 May - 1 June 2016".parse()?;
/// assert_eq!(span.start().to_string(), "2016-05-31");
/// assert_eq!(span.end().to_string(), "2016-06-01");
/// assert_eq!(span.days(), Some(2));
/// assert_eq!(span.to_string(), "31 May - 1 June 2016");
/// # Ok::<(), rabat::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateSpan {
    start: PartialDate,
    end: PartialDate,
}

impl DateSpan {
    /// The span from `start` to `end`, both inclusive.
    ///
    /// # Errors
    /// An `end` that lies before `start`.
    pub fn new(start: PartialDate, end: PartialDate) -> Result<DateSpan, Error> {
        if end.last_day() < start.first_day() {
            return Err(Error::new(
                ErrorKind::InvalidDate,
                format!("date range runs backwards: {start} to {end}"),
            ));
        }
        Ok(DateSpan { start, end })
    }

    /// A span of one date.
    pub fn single(date: PartialDate) -> DateSpan {
        DateSpan {
            start: date,
            end: date,
        }
    }

    /// The first date.
    pub fn start(self) -> PartialDate {
        self.start
    }

    /// The last date; equal to the first for a one-day meeting.
    pub fn end(self) -> PartialDate {
        self.end
    }

    /// The number of days from first to last, when both are known to the day.
    pub fn days(self) -> Option<i64> {
        let (start, end) = (self.start.to_naive()?, self.end.to_naive()?);
        Some((end - start).num_days() + 1)
    }

    /// Whether the span may include `day` (a date known to the month includes all its days).
    pub fn contains(self, day: NaiveDate) -> bool {
        self.start.first_day() <= day && day <= self.end.last_day()
    }

    /// Whether the span and the inclusive range `from..=to` share a day.
    pub fn overlaps(self, from: NaiveDate, to: NaiveDate) -> bool {
        self.start.first_day() <= to && from <= self.end.last_day()
    }
}

impl From<PartialDate> for DateSpan {
    fn from(date: PartialDate) -> DateSpan {
        DateSpan::single(date)
    }
}

impl fmt::Display for DateSpan {
    /// Writes the span the way announcements do, sharing the month and year where the two
    /// ends share them: "24 October 2019", "1-2 July 2019", "31 May - 1 June 2016",
    /// "30 December 2018 - 3 January 2019", "March - April 2008". Spans no announcement
    /// writes (ends of different precision, ranges of years) are written as ISO 8601
    /// intervals: "2008/2009".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (s, e) = (self.start, self.end);
        let name = |m: Option<u8>| month_name(m.unwrap_or(0));
        match (s.month, s.day, e.month, e.day) {
            _ if s == e => match (s.month, s.day) {
                (Some(m), Some(d)) => write!(f, "{d} {} {}", month_name(m), s.year),
                (Some(m), None) => write!(f, "{} {}", month_name(m), s.year),
                _ => write!(f, "{}", s.year),
            },
            (Some(_), Some(sd), Some(_), Some(ed)) if s.year == e.year && s.month == e.month => {
                write!(f, "{sd}-{ed} {} {}", name(e.month), e.year)
            }
            (Some(_), Some(sd), Some(_), Some(ed)) if s.year == e.year => {
                write!(
                    f,
                    "{sd} {} - {ed} {} {}",
                    name(s.month),
                    name(e.month),
                    e.year
                )
            }
            (Some(_), Some(sd), Some(_), Some(ed)) => write!(
                f,
                "{sd} {} {} - {ed} {} {}",
                name(s.month),
                s.year,
                name(e.month),
                e.year
            ),
            (Some(_), None, Some(_), None) if s.year == e.year => {
                write!(f, "{} - {} {}", name(s.month), name(e.month), e.year)
            }
            _ => write!(f, "{s}/{e}"),
        }
    }
}

impl FromStr for DateSpan {
    type Err = Error;

    /// Reads a date or date range as announcements write it (see the `parse` module docs for
    /// the forms), or ISO 8601 (`2019-07-01`, `2019-07-01/2019-07-02`).
    ///
    /// # Errors
    /// Text that is not a date (`"soon"`), an unknown month (`"24 Octobr 2019"`), a day not
    /// on the calendar (`"31 February 2019"`), a range that runs backwards, or a date
    /// without a year.
    fn from_str(s: &str) -> Result<DateSpan, Error> {
        let trimmed = s.trim();
        if let Some((a, b)) = trimmed.split_once('/') {
            return DateSpan::new(a.parse()?, b.parse()?);
        }
        if let Ok(date) = trimmed.parse::<PartialDate>() {
            return Ok(DateSpan::single(date));
        }
        crate::parse::date_span(trimmed)
    }
}

crate::model::text_serde!(DateSpan);

#[cfg(test)]
mod tests {
    use super::*;

    fn pd(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    #[test]
    fn partial_dates_read_and_write_iso() {
        for text in ["2019-07-01", "2008-03", "2008", "0001-01-01", "9999-12-31"] {
            assert_eq!(pd(text).to_string(), text);
        }
        for bad in [
            "2019-7",
            "19",
            "2019-02-30",
            "2019-13",
            "July 2019",
            "2019-01-01-01",
            "",
        ] {
            assert!(bad.parse::<PartialDate>().is_err(), "{bad}");
        }
        assert_eq!(
            "2019-02-30".parse::<PartialDate>().unwrap_err().to_string(),
            "no such day: 2019-02-30"
        );
        assert!(PartialDate::year_only(0).is_err());
        assert!(PartialDate::year_only(10000).is_err());
    }

    #[test]
    fn partial_dates_order_naturally() {
        assert!(pd("2008") < pd("2008-01"));
        assert!(pd("2008-03") < pd("2008-03-01"));
        assert!(pd("2008-12-31") < pd("2009"));
        assert_eq!(
            pd("2008-02").last_day(),
            NaiveDate::from_ymd_opt(2008, 2, 29).unwrap()
        );
        assert_eq!(
            pd("2008").last_day(),
            NaiveDate::from_ymd_opt(2008, 12, 31).unwrap()
        );
    }

    #[test]
    fn spans_display_as_announcements_write_them() {
        let span = |a: &str, b: &str| DateSpan::new(pd(a), pd(b)).unwrap().to_string();
        assert_eq!(span("2019-10-24", "2019-10-24"), "24 October 2019");
        assert_eq!(span("2019-07-01", "2019-07-02"), "1-2 July 2019");
        assert_eq!(span("2016-05-31", "2016-06-01"), "31 May - 1 June 2016");
        assert_eq!(
            span("2018-12-30", "2019-01-03"),
            "30 December 2018 - 3 January 2019"
        );
        assert_eq!(span("2008-03", "2008-03"), "March 2008");
        assert_eq!(span("2008-03", "2008-04"), "March - April 2008");
        assert_eq!(span("2008", "2009"), "2008/2009");
        assert_eq!(span("2008-03", "2008-04-02"), "2008-03/2008-04-02");
        assert_eq!(span("2008-12", "2009-01"), "2008-12/2009-01");
        for text in [
            "24 October 2019",
            "1-2 July 2019",
            "31 May - 1 June 2016",
            "30 December 2018 - 3 January 2019",
            "March 2008",
            "March - April 2008",
            "2008",
            "2008/2009",
            "2008-03/2008-04-02",
        ] {
            assert_eq!(
                text.parse::<DateSpan>().unwrap().to_string(),
                text,
                "{text}"
            );
        }
    }

    #[test]
    fn spans_reject_backward_ranges() {
        let err = DateSpan::new(pd("2019-07-02"), pd("2019-07-01")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "date range runs backwards: 2019-07-02 to 2019-07-01"
        );
        assert!(DateSpan::new(pd("2019-07"), pd("2019-07-15")).is_ok());
    }

    #[test]
    fn spans_answer_questions_about_days() {
        let span = DateSpan::new(pd("2016-05-31"), pd("2016-06-01")).unwrap();
        let day = |m, d| NaiveDate::from_ymd_opt(2016, m, d).unwrap();
        assert!(span.contains(day(6, 1)));
        assert!(!span.contains(day(6, 2)));
        assert!(span.overlaps(day(6, 1), day(6, 30)));
        assert!(!span.overlaps(day(6, 2), day(6, 30)));
        assert_eq!(DateSpan::single(pd("2016-05")).days(), None);
    }
}
