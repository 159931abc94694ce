//! CSV: one row per meeting, flat columns a spreadsheet user expects.

use std::io::{Read, Write};

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};
use crate::model::{
    Country, DateSpan, Meeting, Organisation, PartialDate, Participants, Party, PartyRole, Role,
    Theme,
};

/// The columns, in order.
pub const COLUMNS: [&str; 22] = [
    "city",
    "country",
    "country_name",
    "start",
    "end",
    "kind",
    "title",
    "mode",
    "hosts",
    "chairs",
    "co_chairs",
    "organisers",
    "participants",
    "observers",
    "guests",
    "themes",
    "areas",
    "processes",
    "people",
    "countries",
    "european",
    "african",
];

/// The role columns and the role each holds.
const ROLE_COLUMNS: [Role; 7] = [
    Role::Host,
    Role::Chair,
    Role::CoChair,
    Role::Organiser,
    Role::Participant,
    Role::Observer,
    Role::Guest,
];

/// One row, as written and read.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Row {
    city: Option<String>,
    country: Option<String>,
    country_name: Option<String>,
    start: Option<String>,
    end: Option<String>,
    kind: String,
    title: Option<String>,
    mode: Option<String>,
    hosts: String,
    chairs: String,
    co_chairs: String,
    organisers: String,
    participants: String,
    observers: String,
    guests: String,
    themes: String,
    areas: String,
    processes: String,
    people: Option<u32>,
    countries: Option<u32>,
    european: Option<u32>,
    african: Option<u32>,
}

impl Row {
    fn roles_mut(&mut self, role: Role) -> &mut String {
        match role {
            Role::Host => &mut self.hosts,
            Role::Chair => &mut self.chairs,
            Role::CoChair => &mut self.co_chairs,
            Role::Organiser => &mut self.organisers,
            Role::Participant => &mut self.participants,
            Role::Observer => &mut self.observers,
            Role::Guest => &mut self.guests,
        }
    }
}

/// A party as a list item: a country by its alpha-2 code, an organisation by its id. A
/// country whose alpha-2 code is also an organisation's id (Australia, "AU") is written by
/// its alpha-3 code, so that each item reads back as what it was.
fn party_item(party: &Party) -> String {
    match party {
        Party::Country(c) if crate::lexicon::organisation_named(c.alpha2()).is_some() => {
            c.alpha3().to_owned()
        }
        Party::Country(c) => c.alpha2().to_owned(),
        Party::Organisation(o) => o.as_str().to_owned(),
    }
}

/// Reads a list item back: a known organisation's id, a country code, or another
/// organisation's name.
fn read_party(item: &str) -> Option<Party> {
    if let Some(org) = Organisation::KNOWN.iter().find(|o| o.as_str() == item) {
        return Some(Party::Organisation(org.clone()));
    }
    let code = (2..=3).contains(&item.len()) && item.bytes().all(|b| b.is_ascii_uppercase());
    let country = match item.len() {
        2 if code => Country::from_alpha2(item),
        3 if code => Country::from_alpha3(item),
        _ => None,
    };
    match country {
        Some(c) => Some(Party::Country(c)),
        None => Organisation::named(item).map(Party::Organisation),
    }
}

fn join<T: ToString>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(";")
}

fn split(list: &str) -> impl Iterator<Item = &str> {
    list.split(';').map(str::trim).filter(|s| !s.is_empty())
}

fn row(m: &Meeting) -> Row {
    let mut row = Row {
        city: m.city.clone(),
        country: m.country.map(|c| c.alpha2().to_owned()),
        country_name: m.country.map(|c| c.name().to_owned()),
        start: m.start().map(|d| d.to_string()),
        end: m.end().map(|d| d.to_string()),
        kind: m.kind.as_str().to_owned(),
        title: m.title.clone(),
        mode: m.mode.map(|md| md.as_str().to_owned()),
        themes: join(m.themes),
        areas: join(m.areas()),
        processes: join(m.processes),
        ..Row::default()
    };
    if let Some(p) = m.participants {
        (row.people, row.countries, row.european, row.african) =
            (p.people, p.countries, p.european, p.african);
    }
    for role in ROLE_COLUMNS {
        *row.roles_mut(role) = join(m.parties(role).map(party_item));
    }
    row
}

fn meeting(mut row: Row, line: u64) -> Result<Meeting, Error> {
    let bad = |what: &str, e: Error| {
        Error::new(ErrorKind::Malformed, format!("record {line}: {what}: {e}"))
    };
    let date = match (row.start.as_deref(), row.end.as_deref()) {
        (Some(s), Some(e)) => {
            let start: PartialDate = s.parse().map_err(|e| bad("start", e))?;
            let end: PartialDate = e.parse().map_err(|e| bad("end", e))?;
            Some(DateSpan::new(start, end).map_err(|e| bad("end", e))?)
        }
        (Some(only), None) | (None, Some(only)) => {
            Some(DateSpan::single(only.parse().map_err(|e| bad("start", e))?))
        }
        (None, None) => None,
    };
    let mut m = Meeting {
        city: row.city.take(),
        country: match row.country.as_deref() {
            Some(c) => Some(c.parse().map_err(|e| bad("country", e))?),
            None => None,
        },
        date,
        kind: row.kind.parse().map_err(|e| bad("kind", e))?,
        title: row.title.take(),
        mode: match row.mode.as_deref() {
            Some(md) => Some(md.parse().map_err(|e| bad("mode", e))?),
            None => None,
        },
        ..Meeting::default()
    };
    for theme in split(&row.themes) {
        m.themes
            .insert(theme.parse::<Theme>().map_err(|e| bad("themes", e))?);
    }
    for process in split(&row.processes) {
        m.processes
            .insert(process.parse().map_err(|e| bad("processes", e))?);
    }
    for role in ROLE_COLUMNS {
        for item in split(row.roles_mut(role)) {
            let party = read_party(item).ok_or_else(|| {
                Error::new(ErrorKind::Malformed, format!("record {line}: empty party"))
            })?;
            m.roles.insert(PartyRole { role, party });
        }
    }
    let figures = Participants {
        people: row.people,
        countries: row.countries,
        european: row.european,
        african: row.african,
    };
    m.participants = (!figures.is_empty()).then_some(figures);
    Ok(m)
}

/// Writes meetings as CSV: a header row with the columns below, then one row per meeting,
/// quoted as RFC 4180 asks.
///
/// Columns: `city, country, country_name, start, end, kind, title, mode, hosts, chairs,
/// co_chairs, organisers, participants, observers, guests, themes, areas, processes,
/// people, countries, european, african`. Lists are joined with `;`; countries are alpha-2
/// codes (alpha-3 where the alpha-2 code is an organisation's id, as "AU" is), organisations
/// their ids. [`read_csv`] reads the file back.
///
/// ```
/// let parsed = rabat::parse_page("Madrid, 1-2 July 2019, hosted by Spain and co-chaired by Morocco and Spain.");
/// let mut out = Vec::new();
/// rabat::write_csv(&parsed.meetings, &mut out)?;
/// let text = String::from_utf8(out).unwrap();
/// assert!(text.starts_with("city,country,country_name,start,end,kind,"));
/// assert!(text.contains("Madrid,ES,Spain,2019-07-01,2019-07-02,meeting,,,ES,,ES;MA,"));
/// let back = rabat::read_csv(text.as_bytes())?;
/// assert_eq!(back[0].roles, parsed.meetings[0].roles);
/// # Ok::<(), rabat::Error>(())
/// ```
///
/// # Errors
/// Failures of `out`, of kind [`ErrorKind::Io`].
pub fn write_csv<'a, W: Write>(
    meetings: impl IntoIterator<Item = &'a Meeting>,
    out: W,
) -> Result<(), Error> {
    let io = |e: ::csv::Error| Error::new(ErrorKind::Io, format!("cannot write CSV: {e}"));
    let mut writer = ::csv::Writer::from_writer(out);
    let mut wrote = false;
    for m in meetings {
        writer.serialize(row(m)).map_err(io)?;
        wrote = true;
    }
    if !wrote {
        writer.write_record(COLUMNS).map_err(io)?;
    }
    writer
        .flush()
        .map_err(|e| Error::new(ErrorKind::Io, format!("cannot write CSV: {e}")))
}

/// Reads meetings from CSV written by [`write_csv`] (or by a spreadsheet from it): the
/// fields CSV holds (all but the announcement's text and span).
///
/// # Errors
/// A file that is not CSV with the columns of [`write_csv`], or a cell its column cannot
/// hold (`kind` = `"party"`), of kind [`ErrorKind::Malformed`], naming the record.
pub fn read_csv<R: Read>(input: R) -> Result<Vec<Meeting>, Error> {
    let mut reader = ::csv::Reader::from_reader(input);
    let mut meetings = Vec::new();
    for (n, row) in reader.deserialize::<Row>().enumerate() {
        let line = n as u64 + 1;
        let row =
            row.map_err(|e| Error::new(ErrorKind::Malformed, format!("record {line}: {e}")))?;
        meetings.push(meeting(row, line)?);
    }
    Ok(meetings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parties_read_back_as_written() {
        let au = Country::from_alpha2("AU").unwrap();
        for party in [
            Party::Country(au),
            Party::Country(Country::from_alpha2("ES").unwrap()),
            Party::Organisation(Organisation::Au),
            Party::Organisation(Organisation::WorldBank),
            Party::Organisation(Organisation::Other("Sahel Institute".into())),
        ] {
            assert_eq!(read_party(&party_item(&party)), Some(party));
        }
        assert_eq!(party_item(&Party::Country(au)), "AUS");
    }

    #[test]
    fn bad_cells_name_their_record() {
        let text = format!(
            "{}\nMadrid,ES,Spain,2019-07-01,,party,,,,,,,,,,,,,,,,\n",
            COLUMNS.join(",")
        );
        let err = read_csv(text.as_bytes()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Malformed);
        assert_eq!(
            err.to_string(),
            r#"record 1: kind: unknown meeting kind "party""#
        );
    }

    #[test]
    fn an_empty_list_writes_the_header() {
        let mut out = Vec::new();
        write_csv(&[], &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap().trim_end(),
            COLUMNS.join(",")
        );
    }
}
